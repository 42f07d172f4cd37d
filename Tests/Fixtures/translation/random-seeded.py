import random

random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.uniform(1, 2))
items = list(range(8))
random.shuffle(items)
print(items, random.sample(range(100), 3), random.randrange(0, 50, 5))
