# oracle: python3
# RLock is reentrant for its owner and excludes other threads until fully released.
import threading
import time

rl = threading.RLock()
log = []

def nested(depth, who):
    with rl:
        log.append((who, depth))
        if depth:
            nested(depth - 1, who)

def other():
    log.append(("other", "trying", rl.acquire(blocking=False)))
    with rl:
        log.append(("other", "got it"))

with rl:
    with rl:
        t = threading.Thread(target=other)
        t.start()
        time.sleep(0.01)
        nested(2, "main")
t.join()
print(log)
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError", e)

# release by a non-owner
rl.acquire()
errs = []
def bad_release():
    try:
        rl.release()
    except RuntimeError as e:
        errs.append(str(e))
t = threading.Thread(target=bad_release)
t.start(); t.join()
rl.release()
print(errs)
# Condition over an RLock held twice by the waiter
cond = threading.Condition(threading.RLock())
state = []
def notifier():
    with cond:
        state.append("notified")
        cond.notify()
with cond:
    with cond:
        threading.Thread(target=notifier).start()
        print(cond.wait(5), state)
