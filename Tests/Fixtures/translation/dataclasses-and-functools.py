import dataclasses
import functools
from dataclasses import dataclass, field


@dataclass
class Task:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


task = Task("write")
task.tags.append("docs")
print(task, Task("x", 2) == Task("x", 2), dataclasses.asdict(task))
print(sorted([Job(3, "c"), Job(1, "a"), Job(2, "b")]))


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
print(square(7), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))


def logged(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        print("calling", function.__name__, args, kwargs)
        return function(*args, **kwargs)

    return wrapper


@logged
def add(a, b=1):
    return a + b


print(add(2, b=3), add.__name__)
