import decimal, copy, pickle
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext
print(getcontext())
print(decimal.DefaultContext)
print(decimal.BasicContext)
print(decimal.ExtendedContext)
c = Context(prec=10, rounding=decimal.ROUND_DOWN, Emin=-100, Emax=100, capitals=0, clamp=1,
            flags=[decimal.Inexact], traps=[decimal.DivisionByZero])
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(repr(c.flags))
print(c.flags[decimal.Inexact], len(c.traps), list(c.traps)[:3], dict(c.traps)[decimal.DivisionByZero])
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, copy.copy(c).prec, pickle.loads(pickle.dumps(c)))
c.clear_flags(); c.clear_traps(); print(c)
print(Context(traps={s: False for s in c.traps}, flags={s: s is decimal.Rounded for s in c.traps}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: setattr(c, 'prec', 0))
t(lambda: setattr(c, 'prec', 'a'))
t(lambda: setattr(c, 'rounding', 'x'))
t(lambda: setattr(c, 'Emin', 1))
t(lambda: setattr(c, 'Emax', -1))
t(lambda: setattr(c, 'capitals', 2))
t(lambda: setattr(c, 'clamp', 2))
t(lambda: c.flags[1])
t(lambda: c.flags.__delitem__(decimal.Inexact))
t(lambda: Context(flags=1))
t(lambda: setcontext(1))
t(lambda: localcontext(foo=1))
t(lambda: localcontext(prec='a'))
t(lambda: Context(prec=-1))
old = getcontext()
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / 7, getcontext() is lc)
with localcontext(prec=3, rounding=decimal.ROUND_UP) as lc:
    print(D(1) / 7, lc.prec, lc.rounding)
with localcontext(Context(prec=2)):
    print(D(1) / 7)
print(getcontext() is old, D(1) / 7)
setcontext(decimal.ExtendedContext)
print(getcontext() is decimal.ExtendedContext, getcontext().prec, D(1) / 0)
setcontext(decimal.DefaultContext)
print(getcontext().prec)
n = Context(); print(n.prec, n.traps[decimal.Overflow])
