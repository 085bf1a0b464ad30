# oracle: python3
# threading.Timer fires once after its interval (unless cancelled); Event.wait times out or is woken.
import threading
import time

ev = threading.Event()
t0 = time.monotonic()
print(ev.wait(0.02), time.monotonic() - t0 >= 0.015)
fired = []
tm = threading.Timer(0.02, lambda: (fired.append("fired"), ev.set()))
tm.start()
print(ev.wait(5), fired)
tm.join()
cancelled = threading.Timer(0.05, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.is_alive())

# many waiters on one event
ev2 = threading.Event()
woke = []
lock = threading.Lock()
def waiter(i):
    if ev2.wait(5):
        with lock:
            woke.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
time.sleep(0.01)
print(woke)
ev2.set()
for w in ws:
    w.join()
print(sorted(woke))
