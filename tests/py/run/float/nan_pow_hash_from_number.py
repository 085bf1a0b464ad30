# pow(x, nan) is nan for every x but 1 (also -1); a nan hashes by identity (object.__hash__), so equal
# nans are distinct dict keys; float.from_number returns an exact float itself and screens non-numbers
import math

NAN = float("nan")
INF = float("inf")
for x in [-INF, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, INF]:
    print(x, math.isnan(x ** NAN), math.isnan(pow(x, NAN)))
print(pow(-1.0, INF), pow(-1.0, -INF), pow(1.0, NAN), pow(NAN, 0.0))
print(hash(NAN) == object.__hash__(NAN))
a, b = float("nan"), float("nan")
d = {a: 1, b: 2}
print(len(d), d[a], d[b], a in d, float("nan") in d)
print(float.from_number(NAN) is NAN, float.from_number(1.5), float.from_number(7), float.from_number(True))


class F(float):
    pass


class Index:
    def __index__(self):
        return 12


print(type(F.from_number(2.5)).__name__, F.from_number(NAN) is NAN, float.from_number(Index()))
for v in ["3.14", b"3.14", 3.14j, {}, None]:
    try:
        float.from_number(v)
    except TypeError as e:
        print(e)
