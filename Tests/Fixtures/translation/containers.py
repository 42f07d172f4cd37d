items = [3, 1, 2]
items.append(5)
items.extend([4, 0])
items.insert(1, 9)
print(items, items.pop(), items.pop(0), items.index(2), len(items))
items.remove(9)
items.sort()
print(items, sorted(items, reverse=True), items[1:3], items[-2:], items[::2])
items.reverse()
del items[0]
print(items, min(items), max(items), sum(items), list(reversed(items)))
pairs = list(zip("abc", range(3)))
print(pairs, list(enumerate("xy", start=1)), dict(pairs))
first, *rest = [1, 2, 3, 4]
*init, last = "xyz"
head, *middle, tail = range(2)
a, b = 1, 2
a, b = b, a
print(first, rest, a, b, init, last, head, middle, tail)
point = (1, 2)
x, y = point
print(point, x + y, point * 2, point + (3,), len(point), point[0], (1,), ())
ages = {"ann": 30, "bob": 25}
ages["cy"] = 35
ages.update({"dee": 40})
print(ages, ages.get("zed"), ages.get("zed", 0), ages.setdefault("ann", 1), ages.pop("bob"), "cy" in ages)
print(list(ages.keys()), list(ages.values()), sorted(ages.items(), key=lambda kv: kv[1]))
seen = {1, 2, 3}
seen.add(4)
seen.discard(1)
print(sorted(seen), sorted(seen | {9}), sorted(seen & {2, 3, 7}), sorted(seen - {2}), 3 in seen, len(seen))
print(bool([]), bool([0]), bool({}), bool(""), bool("0"), bool(0.0), bool(None), bool(set()), bool(()))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], {n % 3 for n in range(10)}, list(range(10, 0, -3)))
print(any(n > 7 for n in range(9)), all(n < 3 for n in range(3)), [n for n in range(20) if n % 7 == 0])
