# cProfile: Profile.enable/disable, pstats print_stats/print_callers/print_callees (times masked),
# runcall, runctx, create_stats, cProfile.run, the context-manager form.
import cProfile, pstats, io, re, sys
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
def work():
    xs = []
    for i in range(5):
        xs.append(fib(i))
    return sorted(xs, key=lambda v: -v), len(xs)
def mask(text):
    text = re.sub(r"\d+\.\d+", "T", text)
    return "\n".join(l.rstrip() for l in text.splitlines())
pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
s = io.StringIO()
st = pstats.Stats(pr, stream=s).strip_dirs().sort_stats("ncalls", "name")
st.print_stats()
print(mask(s.getvalue()))
s = io.StringIO()
st.stream = s
st.print_callers("fib")
st.print_callees("work")
print(mask(s.getvalue()))
# runcall / runctx
pr = cProfile.Profile()
print(pr.runcall(fib, 6))
pr.runctx("fib(3)", globals(), {})
pr.create_stats()
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(pr.stats.items(), key=lambda kv: kv[0][2]):
    print(name, cc, nc, sorted(c[2] for c in callers))
# cProfile.run prints to stdout
out = io.StringIO()
old = sys.stdout
sys.stdout = out
cProfile.run("fib(4)", sort="name")
sys.stdout = old
print(mask(out.getvalue()))
with cProfile.Profile() as p:
    fib(2)
print(sorted((k[2], v[1]) for k, v in pstats.Stats(p).stats.items()))
# dump_stats writes the stats with marshal; Stats reads them back
import os, tempfile
pr = cProfile.Profile()
pr.runcall(work)
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    pr.dump_stats(path)
    st = pstats.Stats(path)
    print(sorted((k[2], v[0], v[1]) for k, v in st.stats.items()))
    st.add(pr)
    print(st.total_calls, st.prim_calls)
finally:
    os.unlink(path)
