import threading
import time
import concurrent.futures
import queue


class Context(threading.local):
    def __init__(self):
        self.depth = 0


context = Context()
event = threading.Event()
condition = threading.Condition()
items = []
semaphore = threading.Semaphore(2)
barrier = threading.Barrier(2)


def consumer():
    with condition:
        condition.wait_for(lambda: len(items) == 2)
        print("consumer sees", items)


def producer():
    for n in range(2):
        with condition:
            items.append(n)
            condition.notify()
        time.sleep(0.1)


def party(name):
    context.depth += 1
    with semaphore:
        index = barrier.wait()
    event.wait()
    return name, context.depth, index in (0, 1)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
    futures = [pool.submit(party, name) for name in "ab"]
    timer = threading.Timer(0.2, event.set)
    timer.start()
    print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))
print("pool closed", context.depth)

lifo = queue.LifoQueue()
priority = queue.PriorityQueue(maxsize=2)
for n in [2, 1]:
    lifo.put(n)
    priority.put((n, f"job{n}"))
try:
    priority.put_nowait((0, "late"))
except queue.Full:
    print("full")
print(lifo.get(), priority.get(), priority.get_nowait(), priority.empty(), lifo.qsize())
try:
    priority.get(timeout=0.05)
except queue.Empty:
    print("empty")
print(threading.current_thread().name, threading.active_count(), event.is_set())
