# pow/exp/expm1/log/log10/exp2 over wide arguments, including huge and tiny values and integer powers.
import math

xs = [1e-300, 1e-10, 0.001, 0.5, 0.999999, 1.0, 1.000001, 2.0, 3.0, 10.0, 123.456, 1e10, 1e100, 1.7e308]
for x in xs:
    print(x, math.log(x), math.log10(x), math.log1p(x), math.sqrt(x), math.cbrt(x))
for y in (-745.2, -700, -20.5, -1, -1e-10, 0.0, 1e-10, 0.7, 1, 2.5, 20, 88.7, 709.7):
    print(y, math.exp(y), math.expm1(y), math.exp2(y / 2) if abs(y) < 700 else None)
for b, e in [(2, 10), (2, 0.5), (10, -3), (1.0001, 10000), (0.5, 1075), (-2, 3), (-0.0, -1.5), (3, 40), (7.5, 2.25), (1e-300, 0.5)]:
    try:
        print(b, e, math.pow(b, e), b ** e)
    except (ValueError, OverflowError, ZeroDivisionError) as exc:
        print(b, e, type(exc).__name__, exc)
print([math.log(10 ** k) for k in (1, 5, 20, 50, 300)], math.log(2 ** 1000, 2), math.log10(10 ** 400))
