import threading

local = threading.local()


def show(value):
    try:
        local.value = int(value)
    except ValueError as error:
        print("not a number:", error)
    else:
        print("stored", local.value)
    finally:
        print("checked", repr(value))


for value in ["7", "seven"]:
    show(value)
print(0 or "default", 3 and 4, None or 0)
