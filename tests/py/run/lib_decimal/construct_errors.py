from decimal import Decimal, Context, getcontext, FloatOperation
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Decimal((0, (1, 2), 'x')))
t(lambda: Decimal((2, (1, 2), 1)))
t(lambda: Decimal((0, (1, 12), 1)))
t(lambda: Decimal((0, 12, 1)))
t(lambda: Decimal((0, (1, 2))))
t(lambda: Decimal([0, (1, 2), 1.5]))
t(lambda: Decimal(1 + 2j))
t(lambda: Decimal(b'1'))
t(lambda: Decimal(None))
t(lambda: Decimal.from_number('1.5'))
t(lambda: Decimal('1', 5))
t(lambda: Decimal(1).exp(1))
t(lambda: Decimal(1).__round__('a'))
t(lambda: getcontext().add(1, 1.5))
t(lambda: getcontext().add('1', 1))
t(lambda: Decimal(1) + 1.5)
t(lambda: Decimal(7) ** 0.5)
t(lambda: 1.5 * Decimal(2))
c = Context()
c.traps[FloatOperation] = True
t(lambda: Decimal('1.5', c))
t(lambda: c.create_decimal(0.5))
t(lambda: Decimal.from_float(0.5))
print(c.flags[FloatOperation])
print(repr(Decimal('١٢٣')), repr(Decimal('\uff11.5')), repr(Decimal(' \t1.5\n')))
import decimal
decimal.DefaultContext.prec = 10
decimal.DefaultContext.traps[decimal.Inexact] = True
print(Context())
decimal.DefaultContext.prec = 28
decimal.DefaultContext.traps[decimal.Inexact] = False
print(Context(), repr(Decimal('-0.0') + Decimal('0.00')), Decimal(5).compare_total_mag(Decimal(-6)))
t(lambda: decimal.localcontext(1))
t(lambda: Context(1, 2))
