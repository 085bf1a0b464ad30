# sys.monitoring CALL / C_RETURN / C_RAISE for CALL_KW, CALL_FUNCTION_EX, bound builtins, method descriptors,
# callable instances, DISABLE per call site, restart_events, local events on one code object.
import sys
mon = sys.monitoring
E = mon.events
T = 4
log = []
def nm(c):
    return getattr(c, "__qualname__", None) or type(c).__name__
def arg0(a):
    if a is mon.MISSING:
        return "MISSING"
    return type(a).__name__
def on_call(code, off, callable, a0):
    log.append(("CALL", code.co_name, nm(callable), arg0(a0)))
def on_cret(code, off, callable, a0):
    log.append(("C_RETURN", nm(callable)))
def on_craise(code, off, callable, a0):
    log.append(("C_RAISE", nm(callable)))
mon.use_tool_id(T, "t")
mon.register_callback(T, E.CALL, on_call)
mon.register_callback(T, E.C_RETURN, on_cret)
mon.register_callback(T, E.C_RAISE, on_craise)
def kw(a, *, b=0):
    return a + b
class K:
    def __init__(self, v):
        self.v = v
    def __call__(self, x):
        return x
args = (1,)
kwargs = {"b": 2}
def run():
    kw(1, b=2)
    kw(*args, **kwargs)
    print(*args, sep="", end="\n")
    sorted([3, 1], key=None, reverse=True)
    K(5)(6)
    "x".join(["a", "b"])
    str.upper("q")
    f = [].append
    f(1)
    getattr(K, "nope", None)
    try:
        max()
    except TypeError:
        pass
    (lambda: None)()
mon.set_events(T, E.CALL | E.C_RETURN | E.C_RAISE)
run()
mon.set_events(T, 0)
for e in log: print(e)
# DISABLE from a CALL callback turns off that call site only
log.clear()
def dis_call(code, off, callable, a0):
    log.append(nm(callable))
    return mon.DISABLE
mon.register_callback(T, E.CALL, dis_call)
mon.register_callback(T, E.C_RETURN, None)
mon.register_callback(T, E.C_RAISE, None)
def loop():
    for i in range(3):
        len("ab")
        abs(-i)
mon.set_events(T, E.CALL)
loop()
mon.set_events(T, 0)
print(log)
mon.restart_events()
# local events on one code object
log.clear()
mon.register_callback(T, E.CALL, on_call)
mon.set_local_events(T, loop.__code__, E.CALL)
loop()
run()
mon.set_local_events(T, loop.__code__, 0)
print(log)
mon.free_tool_id(T)
