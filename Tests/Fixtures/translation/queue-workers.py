import queue
import threading

q = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            break
        with results_lock:
            results.append(item * item)
        q.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for item in range(10):
    q.put(item)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(sorted(results))
