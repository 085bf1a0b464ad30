# sys.setprofile / getprofile: call, return, c_call, c_return, c_exception events with their frames and args
# (generators, exceptions, builtin methods, a key function), and a profile function that raises.
import sys
log = []
def prof(frame, event, arg):
    name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
    log.append((event, name, frame.f_code.co_name, repr(arg) if event == "return" else None))
def g(x):
    return len([x]) + x
def gen():
    yield 1
    yield 2
def boom():
    raise ValueError("v")
def f():
    xs = []
    xs.append(g(1))
    for v in gen():
        xs.append(v)
    try:
        boom()
    except ValueError:
        pass
    try:
        int("q")
    except ValueError:
        pass
    return sorted(xs, key=lambda v: -v)
sys.setprofile(prof)
print(sys.getprofile() is prof)
f()
sys.setprofile(None)
print(sys.getprofile())
for e in log: print(e)
def bad(frame, event, arg):
    raise RuntimeError("in profiler")
sys.setprofile(bad)
try:
    g(2)
except RuntimeError as e:
    print("RuntimeError", e, sys.getprofile())
