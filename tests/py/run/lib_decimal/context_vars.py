import contextvars
from decimal import Decimal as D, getcontext, setcontext, localcontext, Context

def f(p):
    getcontext().prec = p
    return D(1) / 7, getcontext().prec

ctx = contextvars.copy_context()
print(ctx.run(f, 5), D(1) / 7, getcontext().prec)
print(ctx.run(lambda: getcontext().prec), contextvars.copy_context().run(lambda: getcontext().prec))

def g():
    setcontext(Context(prec=3))
    with localcontext(prec=6):
        inner = D(2).sqrt()
    return inner, D(2).sqrt()
print(contextvars.Context().run(g), D(2).sqrt())
base = getcontext()
with localcontext() as a:
    a.prec = 4
    with localcontext(prec=2) as b:
        print(D(1) / 3, b.prec, getcontext() is b)
    print(D(1) / 3, getcontext() is a)
print(getcontext() is base, D(1) / 3)
