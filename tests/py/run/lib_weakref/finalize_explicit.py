import weakref
class Res:
    def __init__(self, name): self.name = name
log = []
r = Res("db")
f = weakref.finalize(r, log.append, "closed db")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1] is log.append, f.peek()[2])
print(f(), log, f.alive, f(), f.peek(), f.detach())
r2 = Res("file")
g = weakref.finalize(r2, lambda *a, **k: log.append((a, k)), 1, 2, key="v")
obj, func, args, kwargs = g.detach()
print(obj is r2, args, kwargs, g.alive, g(), log[-1])
h = weakref.finalize(r2, log.append, "at exit")
h.atexit = False
print(h.atexit, h.alive, repr(h).startswith("<finalize object at 0x"), "; for 'Res' at 0x" in repr(h))
print(h(), log[-1], repr(h).endswith("; dead>"))
try: weakref.finalize(1, print)
except TypeError as e: print(e)
def cb(): return "called"
k = weakref.finalize(r, cb); print(k(), k())
