# The same source text run by exec/eval many times: each run uses its own globals and locals, a text
# that warns warns every time, and a syntax error is raised every time.
import collections
import dataclasses
import warnings

for g in ({"a": 1}, {"a": 2}, {"a": "x"}):
    exec("def f(n=2):\n    return a * n\n", g)
    print(g["f"](), g["f"].__name__, g["f"].__defaults__)

total = 0
for i in range(50):
    total += eval("i * i + k", {"k": 1}, {"i": i})
print("eval total", total)

ns = {}
for i in range(3):
    exec("counter = counter + 1 if 'counter' in dir() else 0", ns)
print("counter", ns["counter"])

for i in range(2):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        eval("'\\d'")
    print(i, [w.category.__name__ for w in caught])

for i in range(2):
    try:
        eval("1 +")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

P = collections.namedtuple("P", "x y")
Q = collections.namedtuple("Q", "x y")
print(P(1, 2), Q(3, 4), P(1, 2) == Q(1, 2), type(P(1, 2)).__name__, type(Q(1, 2)).__name__)

made = []
for i in range(3):
    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = i
    made.append(Point)
print([C(1) for C in made], len(set(made)))
print(made[0](1) == made[0](1, 0), made[0](1) == made[1](1, 0))
print(made[2].__doc__)
