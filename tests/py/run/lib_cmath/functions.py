# cmath: every function over a grid of finite values and over all special-value combinations
# (C99 Annex G tables), branch cuts with signed zeros, errors, polar/rect/phase/isclose, conversions.
import cmath, math
vals = [complex(a, b) for a in (-2.5, -1, -0.0, 0.0, 0.3, 1, 3.7) for b in (-1.5, -0.0, 0.0, 0.5, 2)]
for name in ['sqrt','exp','log','log10','sin','cos','tan','sinh','cosh','tanh','asin','acos','atan','asinh','acosh','atanh']:
    f = getattr(cmath, name)
    row = []
    for z in vals:
        try: row.append(repr(f(z)))
        except (ValueError, OverflowError) as e: row.append(type(e).__name__)
    print(name, ' '.join(row))
sp = [complex(a, b) for a in (-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan) for b in (-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan)]
for name in ['sqrt','exp','log','sinh','cosh','tanh','asinh','acosh','atanh','acos','sin','cos','tan','asin','atan','log10']:
    f = getattr(cmath, name)
    row = []
    for z in sp:
        try: row.append(repr(f(z)))
        except (ValueError, OverflowError) as e: row.append(type(e).__name__[0])
    print(name, ' '.join(row))
for a in (-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan):
    row = []
    for b in (-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan):
        try: row.append(repr(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e: row.append(type(e).__name__[0])
    print('rect', ' '.join(row))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3+4j), cmath.polar(-2), cmath.rect(2, 1), cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.log(-1, 10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for t in [lambda: cmath.exp(800+1j), lambda: cmath.cosh(1000), lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.atanh(1), lambda: cmath.log(1, 1), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
print(cmath.isfinite(1+2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, abs_tol=0.2))
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(True), cmath.exp(1e-300j), cmath.atan(1e300j), cmath.acos(1e300), cmath.asinh(-1e200), cmath.atanh(complex(1, 1e-200)), cmath.log(complex(1e-310, 1e-310)), cmath.sqrt(complex(1e-310, 1e-310)), cmath.log(complex(1e308, 1e308)), cmath.sqrt(complex(1e308, 1e308)), cmath.tanh(complex(800, 1)), cmath.log(complex(0.8, 0.6)))
