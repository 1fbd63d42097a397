def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except TypeError:
        print("wrong type at", n)
        raise
    finally:
        print("unwinding", n)
try:
    level(3)
except ValueError as e:
    print("top caught", e)
def convert():
    try:
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("conversion failed") from e
    except RuntimeError as e:
        return f"{e} (cause: {e.__cause__})"
print(convert())
results = []
for item in ["1", "x", "3", None]:
    try:
        results.append(int(item))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
def handler_in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise StopIteration
        except StopIteration:
            print("handled StopIteration manually", i)
            continue
        print("iteration", i)
handler_in_loop()
