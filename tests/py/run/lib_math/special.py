# gamma/lgamma (CPython's Lanczos code) and erf/erfc over a sweep, with their domain errors.
import math

vals = [0.1 * i - 3 for i in range(61)] + [1e-10, 1e-300, 0.84375, 1.25, 2.857, 6.0, 27.9,
        30, -0.3, 0.3, 0.2499, 0.26, 100.5, 170.5, 171.7, -170.3, 1e20, 1e-21, -200.5, -201.5]
for f in (math.gamma, math.lgamma, math.erf, math.erfc):
    for v in vals:
        try:
            r = repr(f(v))
        except (ValueError, OverflowError) as e:
            r = f"{type(e).__name__}: {e}"
        print(f.__name__, repr(v), r)
for x in (math.inf, -math.inf, math.nan, -0.0, 0.0):
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try:
            print(f.__name__, x, f(x))
        except ValueError as e:
            print(f.__name__, x, "ValueError", e)
print([math.gamma(n) for n in range(1, 25)])
