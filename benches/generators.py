# Generator pipelines: chained generator functions, generator expressions,
# yield from, and the builtins that consume iterators (sum, map, filter,
# zip, enumerate, any, all, max, min). Stresses generator frame suspension
# and resumption and the iterator protocol.


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def tree(depth, label=1):
    if depth == 0:
        return label
    return [tree(depth - 1, label * 2), label, tree(depth - 1, label * 2 + 1)]


def running_total(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def collatz_stats(limit):
    lengths = (sum(1 for _ in collatz(n)) for n in range(1, limit))
    longest = max(zip(lengths, naturals(1)))
    peak = max(max(collatz(n)) for n in range(1, limit, 7))
    return longest, peak


def pipeline(n):
    evens = (x for x in take(n, naturals()) if x % 2 == 0)
    squares = map(lambda x: x * x, evens)
    small = filter(lambda x: x % 3 != 1, squares)
    sums = [sum(chunk) for chunk in chunks(small, 10)]
    increasing = all(a < b for a, b in pairwise(sums))
    last = 0
    for last in running_total(sums):
        pass
    return len(sums), increasing, last


def tree_stats(depth):
    values = list(flatten(tree(depth)))
    odd = sum(1 for v in values if v & 1)
    return len(values), sum(values), odd, any(v > 10 ** 9 for v in values)


def running_average(n):
    avg = averager()
    next(avg)
    result = 0.0
    for x in take(n, naturals(1)):
        result = avg.send(x % 97)
    return result


def main():
    print("collatz:", collatz_stats(150000))
    print("pipeline:", pipeline(1000000))
    print("tree:", tree_stats(17))
    print(f"average: {running_average(600000):.6f}")


main()
