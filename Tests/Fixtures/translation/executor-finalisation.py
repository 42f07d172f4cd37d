# An executor whose last reference is dropped shuts down: its workers finish the queued work, then end (CPython's
# weakref callback wakes them), as test_concurrent_futures' test_del_shutdown expects.
import threading
from concurrent import futures

executor = futures.ThreadPoolExecutor(max_workers=5)
results = executor.map(abs, range(-5, 5))
threads = executor._threads
del executor
for t in threads:
    t.join()
print(list(results) == [abs(v) for v in range(-5, 5)])
print(any(t.is_alive() for t in threads), threading.active_count())

# Rebinding the last reference does the same.
pool = futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
print(pool.submit(pow, 2, 10).result())
workers = pool._threads
pool = None
for t in workers:
    t.join()
print([t.name for t in threading.enumerate()])
