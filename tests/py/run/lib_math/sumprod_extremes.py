# math.sumprod with products near the largest and smallest doubles (the error-free product must not
# overflow on the way), and statistics._sqrtprod / correlation built on it
import math
import statistics
import sys

big = sys.float_info.max
x = 2.0**-512 * big
h = math.sqrt(x * x)
cases = [
    ((x, h), (x, -h)),
    ((big, 1.0), (1.0, -big)),
    ((1.3e154, 1.3e154), (1.3e154, -1.3e154)),
    ((1e308, 1e308), (1.0, -1.0)),
    ((1e154, 3.0), (1.7e154, 1.0)),
    ((1.5e-160, 1.0), (1.5e-160, 1e-320)),
    ((5e-324, 2.0), (0.5, 5e-324)),
    ((0.1, 0.2, 0.3), (1e300, -1e300, 1e300)),
]
for p, q in cases:
    print(repr(math.sumprod(p, q)))
try:
    print(math.sumprod((big, big), (2.0, 1.0)))
except OverflowError as e:
    print("OverflowError", e)
print(math.sumprod((big, big), (1.0, -1.0)))

for a, b in [(big, big), (1e300, 1e10), (5e-324, 5e-324), (1e-300, 1e300), (2.0, 8.0), (0.0, 3.0)]:
    print(repr(statistics._sqrtprod(a, b)))
print(statistics.correlation([1e300, 2e300, 3e300], [1e-300, 2e-300, 3e-300]))
print(statistics.covariance([1e150, 2e150, 4e150], [3.0, 1.0, 2.0]))
