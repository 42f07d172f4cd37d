# Calls of attributes (x.name(...)) read the attribute as Python does, before the arguments, with no bound method made.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other, punctuation="!"):
        return f"{self.name} greets {other}{punctuation}"

    @property
    def shout(self):
        return lambda text: text.upper()

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def kind():
        return "greeter"

    def __getattr__(self, name):
        return lambda *args: f"{name} is made up {args}"


class Loud(Greeter):
    def greet(self, other, punctuation="!"):
        return super().greet(other, punctuation).upper()


class Counted:
    reads = 0

    def __getattribute__(self, name):
        Counted.reads += 1
        return object.__getattribute__(self, name)

    def total(self, a, b, c):
        return a + b + c


def noisy(label):
    print("evaluated", label)
    return label


g = Greeter("ann")
print(g.greet("bob"), g.greet("cy", "?"), Loud("dee").greet("eve"))
print(g.shout("quiet"), g.make("fay").name, g.kind(), g.anything(1, 2))
g.greet = lambda other: f"shadowed for {other}"
print(g.greet("bob"))
del g.greet
print(g.greet("bob"))
c = Counted()
print(c.total(1, 2, 3), Counted.reads)
try:
    c.missing(noisy("argument"))
except AttributeError as error:
    print("AttributeError before the argument:", error)
method = g.greet
print(method("gus"), method.__self__ is g, g.greet == g.greet, g.greet is g.greet)
items = []
items.append(noisy(1))
print(items, "a-b".split("-"), ", ".join(["x", "y"]), {"k": 1}.get("k"))
print({method: "found"}[g.greet], g.greet != g.greet, items.append == items.append)
import queue
q = queue.Queue()
number = 5
q.put(number)
q.put("two", True)
q.get_nowait = lambda: "shadowed"
print(q.get(), q.get(False), q.get_nowait(), q.qsize(), g.greet(number), c.total(number, 1, 2))
