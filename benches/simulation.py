# A class-heavy simulation: particles (a small vector class with operator
# overloading) bouncing in a box, and a bank whose accounts (an inheritance
# hierarchy with properties, class attributes, super() and a custom
# exception) trade with each other. Stresses attribute access, method and
# property dispatch, dunder methods, isinstance and object allocation.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __repr__(self):
        return f"Vec({self.x:.4f}, {self.y:.4f})"


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    @property
    def momentum(self):
        return self.vel * self.mass

    @property
    def kinetic_energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

    def step(self, dt, gravity):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt


class Ball(Body):
    def __init__(self, pos, vel, mass, radius):
        super().__init__(pos, vel, mass)
        self.radius = radius
        self.bounces = 0

    def collide_walls(self, width, height, restitution):
        p = self.pos
        v = self.vel
        if p.x < self.radius:
            p.x = self.radius
            v.x = -v.x * restitution
            self.bounces += 1
        elif p.x > width - self.radius:
            p.x = width - self.radius
            v.x = -v.x * restitution
            self.bounces += 1
        if p.y < self.radius:
            p.y = self.radius
            v.y = -v.y * restitution
            self.bounces += 1
        elif p.y > height - self.radius:
            p.y = height - self.radius
            v.y = -v.y * restitution
            self.bounces += 1


class Box:
    gravity = Vec(0.0, -9.81)
    restitution = 0.9

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.balls = []

    def add(self, ball):
        self.balls.append(ball)

    def step(self, dt):
        for ball in self.balls:
            ball.step(dt, self.gravity)
            ball.collide_walls(self.width, self.height, self.restitution)

    def total_energy(self):
        return sum(b.kinetic_energy + b.mass * 9.81 * b.pos.y for b in self.balls)

    def total_momentum(self):
        total = Vec(0.0, 0.0)
        for b in self.balls:
            total = total + b.momentum
        return total


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Account:
    kind = "basic"
    fee = 0
    opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account.opened += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history.append(value - self._balance)
        self._balance = value

    def available(self):
        return self._balance

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= total
        return total

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    kind = "savings"
    rate_per_mille = 3

    def month_end(self):
        interest = self.balance * self.rate_per_mille // 1000
        if interest:
            self.deposit(interest)


class Checking(Account):
    kind = "checking"
    fee = 1

    def __init__(self, owner, balance=0, overdraft=500):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft


class Business(Checking):
    kind = "business"
    fee = 2

    def month_end(self):
        if self.balance < 0:
            self.withdraw_penalty(-self.balance // 50)

    def withdraw_penalty(self, amount):
        self.balance -= amount


class Bank:
    def __init__(self):
        self.accounts = []
        self.failed = 0
        self.fees = 0

    def open(self, account):
        self.accounts.append(account)
        return account

    def transfer(self, src, dst, amount):
        try:
            paid = src.withdraw(amount)
        except InsufficientFunds as e:
            self.failed += 1
            return 0
        dst.deposit(amount)
        self.fees += paid - amount
        return amount

    def month_end(self):
        for account in self.accounts:
            account.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts)

    def by_kind(self):
        kinds = {}
        for a in self.accounts:
            kinds[a.kind] = kinds.get(a.kind, 0) + a.balance
        return kinds


def run_box(n_balls, steps):
    box = Box(100.0, 50.0)
    for i in range(n_balls):
        pos = Vec(5.0 + (i * 7.3) % 90.0, 5.0 + (i * 3.1) % 40.0)
        vel = Vec(((i * 13) % 21 - 10) * 1.5, ((i * 17) % 19 - 9) * 1.2)
        box.add(Ball(pos, vel, 1.0 + (i % 5) * 0.5, 0.5 + (i % 3) * 0.25))
    e0 = box.total_energy()
    for _ in range(steps):
        box.step(0.01)
    e1 = box.total_energy()
    p = box.total_momentum()
    bounces = sum(b.bounces for b in box.balls)
    fastest = max(box.balls, key=lambda b: b.vel.length)
    print(f"box: balls={n_balls} steps={steps} bounces={bounces}")
    print(f"box: energy {e0:.3f} -> {e1:.3f} momentum={p!r} fastest={fastest.vel.length:.4f}")


def run_bank(n_accounts, months, transfers_per_month):
    bank = Bank()
    classes = [Account, Savings, Checking, Business]
    for i in range(n_accounts):
        cls = classes[i % len(classes)]
        bank.open(cls(f"owner{i}", 1000 + (i * 37) % 500))
    seed = 12345
    moved = 0
    for _ in range(months):
        for _ in range(transfers_per_month):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            src = bank.accounts[seed % n_accounts]
            dst = bank.accounts[(seed >> 10) % n_accounts]
            if src is not dst:
                moved += bank.transfer(src, dst, (seed >> 4) % 300)
        bank.month_end()
    richest = max(bank.accounts, key=lambda a: a.balance)
    history = sum(len(a.history) for a in bank.accounts)
    print(f"bank: accounts={Account.opened} moved={moved} failed={bank.failed} fees={bank.fees}")
    print(f"bank: total={bank.total()} history={history} richest={richest!r}")
    print("bank: by kind", sorted(bank.by_kind().items()))


def main():
    run_box(300, 4000)
    run_bank(1000, 120, 4000)


main()
