class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


class MissingKey(ConfigError):
    pass


def load(config, key):
    try:
        return config[key]
    except KeyError as error:
        raise MissingKey(key, "missing") from error


def retry():
    try:
        load({}, "port")
    except ConfigError:
        print("retrying once")
        raise


try:
    retry()
except MissingKey as error:
    print(type(error).__name__, error, error.key, repr(error.__cause__), error.args)

for n in [3, 4]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "is not prime")
            break
    else:
        print(n, "is prime")

count = 0
while count < 2:
    count += 1
else:
    print("while ended", count)

try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as error:
    print("caught", error)

try:
    int("x")
except (TypeError, ValueError) as error:
    print(repr(error))

try:
    [][1]
except IndexError as error:
    print("IndexError:", error)
