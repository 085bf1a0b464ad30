# cmath identities and conversions through stdlib users: rect(polar(z)) == z approximately,
# exp(log(z)), complex powers via ** and the cmath functions on complex subclasses.
import cmath
import math

zs = [1 + 1j, -2 + 0.5j, 3 - 4j, 1e-5 + 1e5j, -0.0 - 1j, 0.5 + 0j]
for z in zs:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(z, round(r, 12), round(phi, 12), cmath.isclose(back, z, rel_tol=1e-12), cmath.isclose(cmath.exp(cmath.log(z)), z))
    if abs(z) < 1e4:
        print(cmath.sqrt(z) ** 2, cmath.sin(z) ** 2 + cmath.cos(z) ** 2)


class Cx(complex):
    pass


print(cmath.sqrt(Cx(-9)), cmath.phase(Cx(0, -1)), cmath.log10(100), cmath.log(math.e ** 2), cmath.exp(1j * cmath.pi))
print(cmath.acos(2), cmath.asin(2), cmath.atanh(2), cmath.acosh(0.5), cmath.log(-1.0), cmath.log(complex(-1, -0.0)))
for f, arg in [(cmath.log, 0j), (cmath.atanh, 1 + 0j), (cmath.sqrt, "x"), (cmath.exp, complex(1000, 1)),
               (cmath.rect, (1, math.inf)), (cmath.log, (1, 0))]:
    try:
        print(f(*arg) if isinstance(arg, tuple) else f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
