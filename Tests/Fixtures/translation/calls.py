def describe(first, *args, sep="/", **kwargs):
    return f"{first} {args} {sep} {sorted(kwargs.items())}"


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


def only_keywords(*, a, b=2):
    return a + b


numbers = [1, 2, 3]
options = {"x": 1, "y": 2}
print(describe(*numbers, **options))
print(describe("a", sep="-"), describe(first="only"))
print(append_to(1), append_to(2), only_keywords(a=1), only_keywords(b=5, a=1))
print(max(numbers, key=lambda n: -n), sorted(["bb", "a", "ccc"], key=len), list(map(str, numbers)))
print(list(filter(None, [0, 1, "", "x"])), (lambda *a, **k: (a, k))(1, z=2))
try:
    only_keywords(1)
except TypeError as error:
    print("TypeError:", error)
try:
    describe()
except TypeError as error:
    print("TypeError:", error)
