# Recursive Fibonacci: stresses function call overhead, integer
# comparison and addition.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(24, 35):
        total += fib(n)
    print(f"fib(30) = {fib(30)}")
    print(f"sum fib(24..34) = {total}")


main()
