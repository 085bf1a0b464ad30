# oracle: python3
# sys._current_frames() maps every live thread's ident to its innermost frame.
import sys
import threading
import time

ev = threading.Event()
def blocked_in_wait():
    ev.wait()

t = threading.Thread(target=blocked_in_wait)
t.start()
time.sleep(0.01)
frames = sys._current_frames()
print(sorted(frames) == sorted([threading.main_thread().ident, t.ident]))
print(frames[t.ident].f_code.co_name, frames[threading.get_ident()].f_code.co_name)
names = []
f = frames[t.ident]
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("blocked_in_wait" in names, names[-1])
ev.set()
t.join()
print(t.ident in sys._current_frames())
