class OldStyle:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError("done")
        return i * 10
print(list(OldStyle()))
for v in OldStyle():
    print("got", v)
print(20 in OldStyle())
it = iter(OldStyle())
print(type(it).__name__, next(it))
class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
a, b, *rest = Squares()
print(a, b, rest)
print(sorted(Squares(), reverse=True))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class StopIt:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopIt()))
