# oracle: python3
# select/poll/selectors over os.pipe() descriptors: readiness, timeouts, hang-up, objects with fileno()
import os
import select
import selectors
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"ping")
print(select.select([r], [w], [r, w], 1.0) == ([r], [w], []))
t = time.monotonic()
print(select.select([], [], [], 0.05), time.monotonic() - t >= 0.04)

class Wrapper:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

wr = Wrapper(r)
rl, wl, xl = select.select([wr], [], [], 0)
print(rl == [wr], rl[0] is wr)

p = select.poll()
p.register(r, select.POLLIN)
p.register(Wrapper(w), select.POLLOUT)
print(sorted((fd == r, ev) for fd, ev in p.poll(0)))
print(os.read(r, 4))
print([(fd == w, ev) for fd, ev in p.poll(10)])
p.modify(w, select.POLLIN)
t = time.monotonic()
print(p.poll(50), time.monotonic() - t >= 0.04)
p.unregister(w)
os.close(w)
print([(fd == r, ev & select.POLLHUP != 0) for fd, ev in p.poll(1000)])
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
os.close(r)

sel = selectors.DefaultSelector()
r2, w2 = os.pipe()
key = sel.register(r2, selectors.EVENT_READ, data="reader")
print(key.fd == r2, key.events, key.data)
print(sel.select(0.05))
os.write(w2, b"x")
print([(k.data, ev) for k, ev in sel.select(1)])
sel.modify(r2, selectors.EVENT_READ, data="changed")
print([(k.data, ev) for k, ev in sel.select(0)])
sel.register(w2, selectors.EVENT_WRITE)
print(sorted((k.fd == w2, ev) for k, ev in sel.select(0)))
print(len(sel.get_map()))
sel.unregister(r2)
sel.unregister(w2)
print(len(sel.get_map()), sel.select(0.01))
sel.close()
os.close(r2)
os.close(w2)
