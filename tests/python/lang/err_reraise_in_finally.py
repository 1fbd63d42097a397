def f():
    try:
        raise ValueError("original")
    finally:
        print("finally runs before propagation")
f()
