def greet(name, greeting="hello", *rest, punctuation="!", **extra):
    """Say hello."""
    return f"{greeting}, {name}{punctuation}"


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


square = lambda x: x * x
print(greet("world"))
print(greet("you", greeting="hi", punctuation="?"))
print(fib(10), square(7))
args = ["a", "b"]
print(*args, sep="-")
