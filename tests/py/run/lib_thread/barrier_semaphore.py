# oracle: python3
# Barrier releases all parties together (one gets index 0 each round); a Semaphore bounds concurrency.
import threading
import time

b = threading.Barrier(4, action=lambda: phases.append("phase"))
phases = []
indices = []
lock = threading.Lock()

def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)

ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(phases, sorted(indices), b.broken)

sem = threading.Semaphore(2)
inside = 0
peak = 0
def limited():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with lock:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "inside", inside)

b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)
