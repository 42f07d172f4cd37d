total = 0
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    elif i > 9:
        break
    else:
        total += i
print("total", total, "i", i)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
print([x * 2 for x in range(5) if x != 3])
print({x: x * x for x in range(3)})
print(1 if total > 10 else 0, not total, total and i, 0 or "default")
print(3 in [1, 2, 3], 4 not in (1, 2), None is None)
print(7 // 2, 7 % 3, 2 ** 10, -7 // 2, 7 / 2)
