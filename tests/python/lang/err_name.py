def helper():
    return undefined_variable + 1
def caller():
    print("about to fail")
    return helper()
caller()
print("not reached")
