# Deterministic pseudo-random operations (an LCG, not the random module) at random precisions, roundings,
# exponent limits and clamp, with the resulting flags: a broad differential check of the arithmetic.
import decimal
from decimal import Decimal as D, Context
seed = 987
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rdec():
    k = rnd(20)
    if k == 0: return D(['Inf', '-Inf', 'NaN', '-0', '0', 'sNaN'][rnd(6)])
    digits = ''.join(str(rnd(10) if rnd(4) else rnd(2)) for _ in range(1 + rnd(12)))
    e = rnd(30) - 15 if rnd(3) else rnd(3) - 1
    s = '-' if rnd(3) == 0 else ''
    return D(f'{s}{digits}E{e}')
modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
ops = ['power', 'scaleb', 'shift', 'rotate', 'same_quantum', 'logical_and', 'add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'compare', 'max', 'min',
       'max_mag', 'min_mag', 'quantize', 'next_toward', 'copy_sign', 'compare_total']
uops = ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'next_plus', 'next_minus', 'logb', 'plus', 'minus', 'abs',
        'to_integral_exact', 'to_sci_string', 'to_eng_string', 'number_class']
for i in range(800):
    c = Context(prec=1 + rnd(40), rounding=modes[rnd(8)], Emin=-(rnd(50) + 1), Emax=rnd(50) + 1, clamp=rnd(2), traps=[])
    a, b = rdec(), rdec()
    if rnd(2):
        op = ops[rnd(len(ops))]
        try: r = getattr(c, op)(a, b)
        except Exception as e: r = type(e).__name__
    else:
        op = uops[rnd(len(uops))]
        try: r = getattr(c, op)(a)
        except Exception as e: r = type(e).__name__
    fl = sorted(k.__name__ for k, v in c.flags.items() if v)
    print(i, op, a, b, c.prec, c.rounding, c.Emin, c.Emax, c.clamp, r, fl)
