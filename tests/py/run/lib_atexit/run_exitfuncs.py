# atexit._run_exitfuncs/_clear/_ncallbacks, registering from a callback, unregister by equality
import atexit

base = atexit._ncallbacks()
calls = []

def a(): calls.append("a")
def b(x, y=0): calls.append(("b", x, y))

atexit.register(a)
atexit.register(b, 1, y=2)
atexit.register(a)
print(atexit._ncallbacks() - base)
atexit.unregister(a)
print(atexit._ncallbacks() - base)
atexit.unregister(a)
atexit.unregister(len)
print(atexit._ncallbacks() - base)
atexit.register(a)
atexit._run_exitfuncs()
print(calls, atexit._ncallbacks())

class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, other): return isinstance(other, Key) and other.k == self.k
    def __hash__(self): return hash(self.k)
    def __call__(self): calls.append(("key", self.k))

atexit.register(Key(1))
atexit.register(Key(2))
atexit.unregister(Key(1))
calls.clear()
atexit._run_exitfuncs()
print(calls)
atexit.register(a)
atexit._clear()
print(atexit._ncallbacks())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: atexit.register())
show(lambda: atexit.register(5))
show(lambda: atexit.register("not callable", 1))
show(lambda: atexit.unregister())
show(lambda: atexit.unregister(1, 2))
show(lambda: atexit._run_exitfuncs(1))
show(lambda: atexit._clear(1))
show(lambda: atexit._ncallbacks(x=1))
print(atexit.register.__name__, atexit.__name__)
