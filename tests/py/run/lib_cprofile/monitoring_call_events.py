# sys.monitoring CALL / C_RETURN / C_RAISE events (what _lsprof listens to) beside PY_START / PY_RETURN.
import sys
mon = sys.monitoring
E = mon.events
log = []
def name(c):
    return getattr(c, "__qualname__", None) or type(c).__name__
def on_call(code, off, callable, arg0):
    log.append(("CALL", code.co_name, name(callable), arg0 is mon.MISSING))
def on_cret(code, off, callable, arg0):
    log.append(("C_RETURN", code.co_name, name(callable)))
def on_craise(code, off, callable, arg0):
    log.append(("C_RAISE", code.co_name, name(callable)))
def on_start(code, off):
    log.append(("START", code.co_name))
def on_ret(code, off, v):
    log.append(("RETURN", code.co_name))
mon.use_tool_id(3, "t")
mon.register_callback(3, E.CALL, on_call)
mon.register_callback(3, E.C_RETURN, on_cret)
mon.register_callback(3, E.C_RAISE, on_craise)
mon.register_callback(3, E.PY_START, on_start)
mon.register_callback(3, E.PY_RETURN, on_ret)
def f(x):
    xs = []
    xs.append(len([x]))
    try:
        int("z")
    except ValueError:
        pass
    return sorted(xs, key=g)
def g(v): return -v
class C:
    def m(self): return 1
mon.set_events(3, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START | E.PY_RETURN)
f(3)
C().m()
print(*[1], sep="")
mon.set_events(3, 0)
for e in log: print(e)
mon.free_tool_id(3)
