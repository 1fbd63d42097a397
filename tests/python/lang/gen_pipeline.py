def read(lines):
    for l in lines:
        print("  read", repr(l))
        yield l
def strip(it):
    for l in it:
        yield l.strip()
def nonempty(it):
    for l in it:
        if l:
            yield l
def numbered(it):
    for i, l in enumerate(it, 1):
        yield f"{i}: {l}"
src = ["  a ", "", " b", "   ", "c  "]
pipeline = numbered(nonempty(strip(read(src))))
print("pipeline built")
for out in pipeline:
    print(out)
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(window("abcde", 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
