print("pkg_demo.helpers runs, __name__ =", __name__, "__package__ =", __package__)
def helper_fn():
    return "helper_fn result"
