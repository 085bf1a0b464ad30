# -inf to a fractional power is a float (float_pow's infinity rules), not complex; finite negative bases
# to fractional powers are complex
from math import copysign

INF = float("inf")
for b in [-0.5, 0.5, -1.0, 1.0, -3.0, 3.0, 2.0, -2.0, 0.0, 1.5, -1.5]:
    r = (-INF) ** b
    print(b, type(r).__name__, r, copysign(1.0, r), pow(-INF, b) == r)
print(type((-8.0) ** (1 / 3)).__name__, round(((-8.0) ** (1 / 3)).real, 12), type((-2.0) ** 0.5).__name__)
print(INF ** -0.5, INF ** 0.5, (-0.0) ** 3.0, copysign(1.0, (-0.0) ** 3.0))
