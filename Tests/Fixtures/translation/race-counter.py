# corpus: translation only (its lost updates vary from run to run under CPython)
import threading
import time

count = 0  # shared by the threads


def increment(times):
    global count
    for _ in range(times):
        value = count  # read
        time.sleep(0)
        count = value + 1  # write back


threads = [threading.Thread(target=increment, args=(25,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected 100, got", count)
print("updates lost:", count < 100)
