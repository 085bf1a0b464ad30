# oracle: python3
# A worker thread whose work is only calls (tree recursion, no loop) is still preempted: the main thread's
# sleep ends on time and its flag reaches the worker.
import threading
import time

flags = {"stop": False, "calls": 0}


def spin(n):
    flags["calls"] += 1
    if flags["stop"]:
        return 0
    return n if n < 2 else spin(n - 1) + spin(n - 2)


t = threading.Thread(target=spin, args=(60,))
start = time.monotonic()
t.start()
time.sleep(0.2)
flags["stop"] = True
t.join(10)
print("worker ended:", not t.is_alive())
print("main slept about 0.2 s:", time.monotonic() - start < 5)
print("worker made calls:", flags["calls"] > 100)


def tree(n):
    return 1 if n < 2 else tree(n - 1) + tree(n - 2)


results = {}


def compute(name, n):
    results[name] = tree(n)


threads = [threading.Thread(target=compute, args=(f"t{i}", 18 + i)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))
