print("__name__ is", __name__)
def main():
    print("main() called")
if __name__ == "__main__":
    main()
import mod_counter
print(mod_counter.__name__)
import sys
print(sys.modules["__main__"].__name__)
print(type(sys.modules["__main__"]).__name__)
print("main" in dir(sys.modules["__main__"]))
