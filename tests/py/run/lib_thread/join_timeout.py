# oracle: python3
# join(timeout) returns while the thread still runs; a later join waits for the end.
import threading
import time

stop = threading.Event()
def sleeper():
    stop.wait(5)
    time.sleep(0.01)

t = threading.Thread(target=sleeper)
t.start()
t0 = time.monotonic()
t.join(0.02)
print("alive after timed join", t.is_alive(), time.monotonic() - t0 >= 0.015)
stop.set()
t.join()
print("alive after join", t.is_alive())
t.join(0)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
s = threading.Thread(target=time.sleep, args=(0.3,))
s.start()
s.join(timeout=0.001)
print(s.is_alive())
s.join()
print(s.is_alive())
