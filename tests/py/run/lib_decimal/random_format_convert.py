# Deterministic pseudo-random values (an LCG): format specs, quantize/round under random contexts,
# int/floor/ceil/round, comparisons, hash equalities with float, as_tuple and float conversion.
import decimal, math
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rdec():
    if rnd(25) == 0: return D(['Inf', '-Inf', 'NaN', '-0', '0'][rnd(5)])
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(10)))
    e = rnd(24) - 12
    return D(f"{'-' if rnd(3) == 0 else ''}{digits}E{e}")
fills = ['', '*<', '>', '^', '=', '0']
types = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
for i in range(400):
    x = rdec()
    spec = fills[rnd(6)] + ['', '+', ' ', '-'][rnd(4)] + (str(rnd(20)) if rnd(2) else '') + (',' if rnd(4) == 0 else '') + \
        ('.' + str(rnd(8)) if rnd(2) else '') + types[rnd(9)]
    try: r = format(x, spec)
    except Exception as e: r = type(e).__name__
    y = rdec()
    with localcontext(rounding=['ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_FLOOR'][rnd(5)], prec=5 + rnd(20)):
        try: q = x.quantize(D(1).scaleb(rnd(10) - 5))
        except Exception as e: q = type(e).__name__
        try: rr = round(x, rnd(6) - 2)
        except Exception as e: rr = type(e).__name__
    try: conv = (int(x), math.floor(x), math.ceil(x), round(x))
    except Exception as e: conv = type(e).__name__
    cmp = None
    if x.is_finite() and y.is_finite():
        cmp = (x < y, x == y, x >= y, hash(x) == hash(float(x)) if float(x) == x else None, x == F(*x.as_integer_ratio()),
               x.compare_total(y), x.same_quantum(y), x.adjusted(), str(float(x)), repr(x.as_tuple()))
    print(i, repr(x), repr(spec), repr(r), q, rr, conv, cmp, x.to_eng_string())
