# _lsprof directly: entries and sub-entries for generators, exceptions (Python and builtin), methods,
# builtins on/off, subcalls on/off, a deterministic external timer, clear(), tool-id conflicts.
import _lsprof, sys

def label(c):
    return c if isinstance(c, str) else c.co_name

def show(p):
    for e in sorted(p.getstats(), key=lambda e: label(e.code)):
        subs = None if e.calls is None else sorted((label(s.code), s.callcount, s.reccallcount) for s in e.calls)
        print(" ", label(e.code), e.callcount, e.reccallcount, subs)

def gen(n):
    for i in range(n):
        yield i * 2

def boom():
    raise KeyError("x")

def catcher():
    try:
        boom()
    except KeyError:
        pass
    try:
        int("nope")
    except ValueError:
        pass
    return sum(gen(3))

class K:
    def m(self, x):
        return [x].copy()
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return abs(-1)

def even(n): return True if n == 0 else odd(n - 1)
def odd(n): return False if n == 0 else even(n - 1)

p = _lsprof.Profiler()
p.enable()
catcher()
k = K()
k.m(1); K.c(); K.s(); k.s()
even(5)
"a,b".split(",")
d = {}
d.setdefault("k", []).append(1)
max([1, 2], key=lambda v: -v)
p.disable()
print("default")
show(p)

print("builtins off, subcalls off")
p = _lsprof.Profiler(subcalls=False, builtins=False)
p.enable(False, False)
catcher()
p.disable()
show(p)

print("external timer")
ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]
p = _lsprof.Profiler(timer, 0.25)
p.enable()
even(2)
len("ab")
p.disable()
for e in sorted(p.getstats(), key=lambda e: label(e.code)):
    print(" ", label(e.code), e.callcount, e.totaltime, e.inlinetime,
          None if e.calls is None else sorted((label(s.code), s.totaltime, s.inlinetime) for s in e.calls))
p.clear()
print("cleared", p.getstats())

print("float timer")
t = [0.0]
def ftimer():
    t[0] += 0.5
    return t[0]
p = _lsprof.Profiler(ftimer)
p.enable()
odd(1)
p.disable()
print(sorted((label(e.code), e.totaltime) for e in p.getstats()))

print("conflicts")
p = _lsprof.Profiler()
p.enable()
try:
    p.enable()
except ValueError as e:
    print("ValueError", e)
q = _lsprof.Profiler()
try:
    q.enable()
except ValueError as e:
    print("ValueError", e)
p.disable()
print(sys.monitoring.get_tool(sys.monitoring.PROFILER_ID))
sys.monitoring.use_tool_id(sys.monitoring.PROFILER_ID, "other")
try:
    q.enable()
except ValueError as e:
    print("ValueError", e)
sys.monitoring.free_tool_id(sys.monitoring.PROFILER_ID)
q.enable(); q.disable()
print(sorted(label(e.code) for e in q.getstats()))

print("profiling inside a function")
def inner():
    p = _lsprof.Profiler()
    p.enable()
    even(1)
    p.disable()
    return p
show(inner())
e = _lsprof.Profiler().getstats()
print(e, _lsprof.profiler_entry.n_sequence_fields, _lsprof.profiler_subentry.n_fields)
print(_lsprof.profiler_entry.__module__, _lsprof.Profiler.__module__)
