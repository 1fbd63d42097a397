# maketrans translate
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc dd'.translate(t))
t2 = str.maketrans('ab', 'AB', 'd')
print(sorted(t2.items()), 'abcd abcd'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'CCC', 100: 'D'})
print(sorted(t3.items()), 'abcde'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({104: 72}), 'hi'.translate({}))
print('héllo'.translate({ord('é'): 'e'}))
for args in [('ab', 'x'), (1,), ({'ab': 'x'},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Tab:
    def __getitem__(self, k):
        if k == ord('x'):
            return 'Y'
        raise LookupError
print('xaxb'.translate(Tab()))
try:
    'a'.translate({97: 3.5})
except TypeError as e:
    print(type(e).__name__, e)
