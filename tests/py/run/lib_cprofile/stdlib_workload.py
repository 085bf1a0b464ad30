# cProfile over a standard-library workload (json, textwrap, fractions, dataclasses, generators, a KeyError):
# every Python function and builtin call counted as CPython counts it.
import cProfile, pstats, json, textwrap, fractions, dataclasses, io
@dataclasses.dataclass
class P:
    x: int
    y: list
def workload():
    data = {"a": [1, 2, {"b": "c" * 5}], "n": None, "f": 1.5}
    s = json.dumps(data, sort_keys=True, indent=2)
    back = json.loads(s)
    w = textwrap.fill("word " * 40, width=30)
    fr = sum(fractions.Fraction(1, k) for k in range(1, 8))
    ps = [P(i, [i]) for i in range(5)]
    ps.sort(key=lambda p: -p.x)
    g = (i * i for i in range(10))
    total = 0
    for v in g:
        total += v
    try:
        {}["missing"]
    except KeyError:
        pass
    return back == data, len(w), fr, ps[0], total
pr = cProfile.Profile()
pr.enable()
r = workload()
pr.disable()
print(r)
st = pstats.Stats(pr)
rows = sorted((k[2], v[0], v[1]) for k, v in st.stats.items())
import re
for row in rows: print(re.sub(r"0x[0-9a-f]+", "ADDR", str(row)))
