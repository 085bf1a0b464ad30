# math.fma: the sign of zero results (exact zeros, exact cancellation, products that underflow)
import math

def show(x, y, z):
    r = math.fma(x, y, z)
    print(f"fma({x!r}, {y!r}, {z!r}) = {r!r} sign {math.copysign(1.0, r)}")

for b in [0.0, 1.0, 2.5, 1e308, 5e-324]:
    for x, y, z in [(0.0, b, 0.0), (0.0, b, -0.0), (0.0, -b, -0.0), (-0.0, b, -0.0), (b, -0.0, -0.0), (-b, -0.0, 0.0)]:
        show(x, y, z)

# exact cancellation gives +0.0
show(2.0, 2.0, -4.0)
show(-2.0, 2.0, 4.0)
show(3.0, 1 / 3, -(3.0 * (1 / 3)))

# the product underflows: the zero keeps the product's sign (a negative product plus +0.0 is left out:
# the oracle's wasm libm fma answers +0.0 there, where CPython's test_math expects -0.0)
tiny = 1e-300
for x, y in [(tiny, tiny), (tiny, -tiny), (-tiny, tiny), (-tiny, -tiny)]:
    if (x > 0) == (y > 0):
        show(x, y, 0.0)
    show(x, y, -0.0)
show(5e-324, 0.5, 0.0)
show(-5e-324, 0.5, -0.0)
show(5e-324, 0.75, 0.0)

# rounding the product first would give the wrong zero
x, y, z = float.fromhex("0x1p-500"), float.fromhex("0x1p-550"), float.fromhex("0x1p-1000")
show(x - y, x + y, -z)
show(y - x, x + y, z)
show(x - y, -(x + y), z)

# non-zero results and the errors
show(0.1, 10.0, -1.0)
show(1e308, 10.0, -1e308 * 9)
for args in [(math.inf, 0.0, 1.0), (1e308, 10.0, 0.0), (math.inf, 1.0, -math.inf)]:
    try:
        show(*args)
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(math.fma(math.nan, 0.0, math.inf), math.fma(math.inf, 2.0, math.nan))
