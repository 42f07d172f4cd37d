SENTINEL = object()
NOTHING = object()


def find(items, wanted, default=SENTINEL):
    for item in items:
        if item == wanted:
            return item
    return default


result = find([1, 2], 5)
print(result is SENTINEL, result is not NOTHING, SENTINEL is NOTHING, SENTINEL == SENTINEL)
print(id(SENTINEL) == id(SENTINEL), id(SENTINEL) != id(NOTHING))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1 < 2 < 3, 3 > 2 >= 2 == 2, 1 < 3 < 2, "a" < "b", [1, 2] < [1, 3], (1, "z") < (2, "a"))
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance("s", int), type(3).__name__, type("").__name__)
print(None is None, type(None).__name__, True + True, 1 == 1.0, 7 // -2, -7 % 3, abs(-2.5), round(2.675, 2))
