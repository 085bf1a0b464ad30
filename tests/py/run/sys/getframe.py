import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno
def g():
    return f()
print(g())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_globals is globals())
def h(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(sorted(h(1).items()))
def caller():
    return sys._getframe(1).f_code.co_name
def outer_fn():
    return caller()
print(outer_fn())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
