# The pure-Python profiler (profile.Profile on sys.setprofile): run, runcall, runctx, pstats over its stats,
# print_stats with the times masked.
import profile, pstats, io, re, sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    out = []
    for i in range(4):
        out.append(fib(i))
    return max(out), len(out)

def mask(text):
    text = re.sub(r"0x[0-9a-f]+", "ADDR", text)
    text = re.sub(r"\d+\.\d+", "T", text)
    return "\n".join(l.rstrip() for l in text.splitlines())

p = profile.Profile()
print(p.runcall(work))
st = pstats.Stats(p)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    print(mask(name), cc, nc, mask(str(sorted(c[2] for c in callers))))
s = io.StringIO()
pstats.Stats(p, stream=s).strip_dirs().sort_stats("name").print_stats()
print(mask(s.getvalue()))
p = profile.Profile()
p.runctx("fib(5)", globals(), {})
print(sorted((k[2], v[0], v[1]) for k, v in pstats.Stats(p).stats.items()))
out = io.StringIO()
old = sys.stdout
sys.stdout = out
profile.run("work()", sort="name")
sys.stdout = old
print(mask(out.getvalue()))
print(sys.getprofile())
