# Branch cuts: values just above/below the cuts with signed zeros, and exceptions at singularities.
import cmath

eps = 1e-300
for f in (cmath.sqrt, cmath.log, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
    row = []
    for z in (complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2), complex(-0.0, 2),
              complex(0.0, -2), complex(-0.0, -2), complex(-2, eps), complex(0.5, -eps)):
        try:
            row.append(repr(f(z)))
        except ValueError:
            row.append("V")
    print(f.__name__, " ".join(row))
for f, z in ((cmath.atanh, 1), (cmath.atanh, -1), (cmath.atan, 1j), (cmath.atan, -1j), (cmath.log, 0), (cmath.log10, -0.0)):
    try:
        print(f.__name__, z, f(z))
    except ValueError as e:
        print(f.__name__, z, "ValueError", e)
