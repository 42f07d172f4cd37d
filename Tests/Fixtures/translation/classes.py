import threading


class Counter:
    step = 1

    def __init__(self, start=0):
        self.value = start
        self.lock = threading.Lock()

    def increment(self):
        with self.lock:
            self.value += self.step
            return self.value

    def __repr__(self):
        return f"Counter({self.value!r})"


class Worker(threading.Thread):
    def __init__(self, counter):
        super().__init__(name="worker")
        self.counter = counter

    def run(self):
        for _ in range(3):
            self.counter.increment()


counter = Counter()
workers = [Worker(counter) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(counter, counter.value)
