# An item's repr, or an __eq__ during count(), that grows the list: CPython
# goes by position and sees the new items.
class Grows:
    def __repr__(self):
        if len(shown) < 5:
            shown.append(len(shown))
        return "G"
shown = [Grows()]
print(repr(shown))
l = [1, 2, 3]
class E:
    def __eq__(self, o):
        l.append(9) if len(l) < 6 else None
        return False
print(l.count(E()), l)
