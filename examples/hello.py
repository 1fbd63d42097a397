def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("Hello from pyrallel:", [fib(i) for i in range(15)])
