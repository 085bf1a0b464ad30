# libm functions over a sweep of arguments: results must be the same doubles as CPython's (musl) libm.
import math

vals = [0.1 * i - 3 for i in range(61)] + [
    0.99, -0.99, 0.975, 1e6, 1e22, 3.14159, 1e300, -7.5, 12345.678, 1.0000001, 0.5, -0.5,
    0.6744, 0.68, 1e-10, 1e-300, 5e-324, 0.84375, 1.25, 2.857, 6.0, 27.9, 30, 100.5, 1e20,
]
names = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
         "atanh", "exp", "expm1", "log", "log10", "log1p", "sqrt", "cbrt", "exp2", "fabs"]
for name in names:
    f = getattr(math, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[0])
    print(name, " ".join(row))
for y in (-2.5, -0.0, 0.0, 1.0, 3.0, float("inf"), float("-inf")):
    print("atan2", y, [math.atan2(y, x) for x in (-3.0, -0.0, 0.0, 2.0, float("inf"), float("-inf"))])
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.degrees(1), math.radians(180), math.copysign(2, -0.0), math.copysign(-2, 1))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, -0.0), math.pow(float("inf"), -3),
      math.pow(-float("inf"), 3), math.pow(1, float("nan")), math.pow(float("nan"), 0))
print(math.fmod(-7, 3), math.fmod(5, float("inf")), math.fmod(5.5, -2))
print([math.remainder(x, y) for x, y in ((10, 3), (11, 3), (-7.5, 5), (5, 2), (7, 2), (1e300, 3.7))])
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(a=1, b=1))
