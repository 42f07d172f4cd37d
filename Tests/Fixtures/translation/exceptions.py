class AppError(Exception):
    pass


def check(value):
    if value < 0:
        raise AppError(f"negative: {value}")
    return value


for value in [1, -2]:
    try:
        print("checked", check(value))
    except AppError as error:
        print("caught", error)
    finally:
        print("done with", value)

try:
    {}["missing"]
except (KeyError, IndexError) as e:
    print("lookup failed:", repr(e))

try:
    raise ValueError("bad")
except Exception:
    print("anything")
