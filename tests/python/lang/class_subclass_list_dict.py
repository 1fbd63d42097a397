class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(s + [5], type(s + [5]).__name__)
print(s[1:3], type(s[1:3]).__name__)
class LoudList(list):
    def __getitem__(self, i):
        return ("loud", super().__getitem__(i))
l = LoudList([1, 2])
print(l[0], list(l))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, sorted(ad.keys()))
try:
    ad.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lo = Lower()
lo["ABC"] = 1
print(lo)
lo.update({"DEF": 2})
print(lo)
print(Stack() == [], Stack([1]) == [1])
