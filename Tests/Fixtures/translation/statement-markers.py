# corpus: errors an attribute assignment or a finally raises, caught by callers whose markers cannot raise
class Frozen:
    @property
    def value(self):
        return 1


def freeze(box):
    box.value = 2
    print("not reached")


def tidy():
    try:
        print("body")
    finally:
        raise ValueError("from finally")
    print("not reached either")


def plain(at, atLine):
    return at + atLine


try:
    freeze(Frozen())
except AttributeError as error:
    print("AttributeError:", error)
try:
    tidy()
except ValueError as error:
    print("ValueError:", error)
at = 1
print(plain(at, 2))
