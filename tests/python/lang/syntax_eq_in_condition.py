# '=' in an if condition: CPython suggests '==' or ':='
x = 1
if x = 1:
    print("never")
