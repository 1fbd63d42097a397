class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(list(reversed(d)), "K" in d, "J" in d, d[-1], d[0:2])
class WithReversed:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(WithReversed())))
class EqCounter:
    count = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        EqCounter.count += 1
        return self.v == o
    __hash__ = None
lst = [EqCounter(1), EqCounter(2), EqCounter(3)]
print(2 in lst, EqCounter.count)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.keys()) and print("dict keys reversible")
except TypeError as e:
    print(type(e).__name__, e)
obj = object()
print(obj in [obj], [obj].count(obj))
