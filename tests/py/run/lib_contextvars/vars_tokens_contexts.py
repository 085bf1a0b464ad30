import contextvars
from contextvars import ContextVar, Context, Token, copy_context
v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get(5))
try: w.get()
except LookupError as e: print(type(e).__name__, e.args[0] is w)
t = v.set(10)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w), ctx.get(w, 'd'))
v.reset(t)
print(v.get(), ctx[v])
try: v.reset(t)
except RuntimeError as e: print(type(e).__name__)
def f(x):
    v.set(x)
    return v.get()
print(ctx.run(f, 42), v.get(), ctx[v])
try: ctx.run(lambda: ctx.run(print))
except RuntimeError as e: print(type(e).__name__)
t2 = w.set('a')
with w.set('b'):
    print(w.get())
print(w.get())
try: ContextVar(1)
except TypeError as e: print(e)
try: Context(1)
except TypeError as e: print(e)
try: ctx[1]
except TypeError as e: print(e)
try: ctx[w]
except KeyError as e: print(type(e).__name__)
c2 = Context(); print(len(c2), list(c2), c2.run(v.get))
print(ContextVar[int], type(v).__name__, type(t).__name__)
try:
    class X(ContextVar): pass
except TypeError as e: print(type(e).__name__)
try: Token()
except RuntimeError as e: print(e)
u = ContextVar('u')
tu = u.set(1)
def g():
    try: u.reset(tu)
    except ValueError as e: print(type(e).__name__)
copy_context().run(g)
x = ContextVar('x'); tx = x.set(2)
try: w.reset(tx)
except ValueError as e: print(type(e).__name__)
print(sorted(k.name for k in copy_context().keys()), ctx == ctx.copy())
import warnings
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.warn("caught", DeprecationWarning)
print(len(ws), ws[0].category.__name__, str(ws[0].message))
