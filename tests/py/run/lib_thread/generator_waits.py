# oracle: python3
# Threads waiting inside generators (a retry loop that sleeps between items, yield from, an exception
# raised after a sleep in a generator) still let the other threads run.
import threading, time
phase = []
def retry():
    for i in range(1000):
        yield i
        time.sleep(0.001)
def wait_phase(n):
    for _ in retry():
        if len(phase) >= n: break
    return len(phase)
def gen_raises():
    yield 1
    time.sleep(0.001)
    raise KeyError("gen")
def f():
    phase.append("f1")
    r = wait_phase(2)
    phase.append(("f2", r))
    try:
        for x in gen_raises(): pass
    except KeyError as e:
        phase.append(("caught", str(e)))
    def g2():
        yield from retry()
    for i in g2():
        if i > 2: break
    phase.append("f3")
t = threading.Thread(target=f); t.start()
print(wait_phase(1))
phase.append("main")
t.join()
print(phase)
