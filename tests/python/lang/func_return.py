def none_implicit():
    x = 1
print(none_implicit())
def none_explicit():
    return
print(none_explicit())
def tup():
    return 1, 2
print(tup())
def early(n):
    for i in range(n):
        if i == 3:
            return "early", i
    return "late"
print(early(10), early(2))
def nested_ret():
    def inner():
        return "inner"
    return inner() + "!"
print(nested_ret())
def star_ret():
    rest = [2, 3]
    return 1, *rest
print(star_ret())
def multiple_paths(x):
    if x:
        return "truthy"
    else:
        return "falsy"
print(multiple_paths(0), multiple_paths([0]))
