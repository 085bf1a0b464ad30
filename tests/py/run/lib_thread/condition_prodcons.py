# oracle: python3
# Producer/consumer on a bounded buffer with one Condition; items arrive in order.
import threading
from collections import deque

buf = deque()
cond = threading.Condition()
LIMIT = 3
got = []

def producer():
    for i in range(20):
        with cond:
            while len(buf) >= LIMIT:
                cond.wait()
            buf.append(i)
            cond.notify_all()
    with cond:
        while len(buf) >= LIMIT:
            cond.wait()
        buf.append(None)
        cond.notify_all()

def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            x = buf.popleft()
            cond.notify_all()
        if x is None:
            break
        got.append(x)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join(); c.join()
print(got == list(range(20)), len(got))

# wait_for with a predicate and a timeout
ready = []
def later():
    with cond:
        ready.append(1)
        cond.notify()
with cond:
    t = threading.Thread(target=later)
    t.start()
    print(cond.wait_for(lambda: ready, timeout=5))
t.join()
with cond:
    print(cond.wait_for(lambda: False, timeout=0.01))
