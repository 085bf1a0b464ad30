# types.SimpleNamespace: positional mapping or pairs, keys validated, __reduce__/pickle, copy.replace,
# repr and == after __dict__ was taken.
import copy
import pickle
import types
from collections import UserDict

NS = types.SimpleNamespace

def show(ns):
    print(type(ns).__name__, list(vars(ns).items()))

show(NS({"x": 1, "y": 2}, x=4, z=3))
show(NS([["x", 1], ["y", 2]], x=4))
show(NS(UserDict({"a": 1})))
show(NS([]))
show(NS({}))
for bad in [([], []), (1,), ([1],), ([["x"]],), ({1: 2},), ([[1, 2]],), ([[[], 2]],)]:
    try:
        NS(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    NS(**{1: 2})
except TypeError as e:
    print("TypeError")

ns = NS(x=1)
d = ns.__dict__
ns.y = 2
d["z"] = 3
print(ns, ns == NS(x=1, y=2, z=3), ns != NS(x=1))
d[5] = 6
d[""] = 7
print(repr(ns))

ns = NS(breakfast="spam", lunch="eggs")
print(ns.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(ns, proto)) == ns)

ns2 = copy.replace(ns)
print(ns2 == ns, ns2 is ns, vars(copy.replace(ns, lunch="ham", tea=1)))

class Spam(NS):
    pass

s = Spam(ham=8, eggs=9)
s2 = copy.replace(s, ham=5)
print(type(s2).__name__, vars(s2), s2)
try:
    s.__replace__(1)
except TypeError as e:
    print(e)

