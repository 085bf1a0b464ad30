import decimal
from decimal import Decimal as D, Context, localcontext
def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)
def t(c, f):
    c.clear_flags()
    try:
        r = repr(f())
    except decimal.DecimalException as e:
        r = f'{type(e).__name__} {e}'
    print(r, flags(c))
c = Context(prec=5)
t(c, lambda: c.divide(1, 3))
t(c, lambda: c.divide(1, 0))
t(c, lambda: c.divide(0, 0))
t(c, lambda: c.divide_int(1, 0))
t(c, lambda: c.remainder(1, 0))
t(c, lambda: c.add(D('Inf'), D('-Inf')))
t(c, lambda: c.multiply(D('Inf'), 0))
t(c, lambda: c.sqrt(-1))
t(c, lambda: c.add(D('sNaN'), 1))
t(c, lambda: c.add(D('NaN'), 1))
t(c, lambda: c.power(0, 0))
t(c, lambda: c.power(-2, D('0.5')))
t(c, lambda: c.divide_int(D('1e10'), D('0.0001')))
t(c, lambda: c.create_decimal('123456789'))
t(c, lambda: c.create_decimal('1.2300000'))
t(c, lambda: c.multiply(D('1e999998'), 10000))
t(c, lambda: c.multiply(D('1e-999998'), D('1e-10')))
t(c, lambda: c.divide(D('1e-999999'), 1000))
t(c, lambda: c.ln(0))
t(c, lambda: c.logb(0))
t(c, lambda: c.quantize(D('1.5'), D('1e-10')))
t(c, lambda: c.quantize(D('123.456'), D('1e-1')))
c2 = Context(prec=5, traps=[])
for f in [lambda: c2.divide(1, 0), lambda: c2.divide(0, 0), lambda: c2.sqrt(-4), lambda: c2.multiply(D('9e999999'), 10),
          lambda: c2.divide_int(D('1e10'), D('0.0001')), lambda: c2.create_decimal('xyz'), lambda: divmod(D(1), 0)]:
    t(c2, f)
print(c2)
c3 = Context(traps=[decimal.Inexact, decimal.Rounded])
t(c3, lambda: c3.divide(1, 3))
t(c3, lambda: c3.divide(1, 4))
c4 = Context(prec=3, traps=[decimal.Underflow, decimal.Subnormal, decimal.Clamped], Emin=-5, Emax=5, clamp=1)
t(c4, lambda: c4.create_decimal('1e-7'))
t(c4, lambda: c4.create_decimal('1.234e-6'))
t(c4, lambda: c4.create_decimal('1e5'))
t(c4, lambda: c4.create_decimal('0e10'))
c4.traps[decimal.Underflow] = c4.traps[decimal.Subnormal] = c4.traps[decimal.Clamped] = False
t(c4, lambda: c4.create_decimal('1.234e-6'))
t(c4, lambda: c4.create_decimal('1e-9'))
t(c4, lambda: c4.create_decimal('1e5'))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', type(e).__name__, isinstance(e, ArithmeticError))
try:
    D(0) / 0
except ZeroDivisionError as e:
    print('not here')
except decimal.InvalidOperation as e:
    print('InvalidOperation caught', e)
