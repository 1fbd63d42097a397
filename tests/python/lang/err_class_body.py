print("before class")
class Broken:
    a = 1
    b = a + undefined_in_class
print("not reached")
