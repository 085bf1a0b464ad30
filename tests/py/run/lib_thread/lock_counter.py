# oracle: python3
# Many threads increment a shared counter under a Lock; the busy loops give preemption a chance to switch.
import threading

counter = 0
lock = threading.Lock()
seen = []

def work(k):
    global counter
    for i in range(200):
        with lock:
            v = counter
            for _ in range(20):
                pass
            counter = v + 1
    with lock:
        seen.append(k)

ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, sorted(seen), lock.locked())

# a lock released by another thread than the one that took it
gate = threading.Lock()
gate.acquire()
order = []
def opener():
    order.append("opener")
    gate.release()
t = threading.Thread(target=opener)
t.start()
print(gate.acquire(timeout=5), order)
t.join()
gate.release()
print(gate.locked())
