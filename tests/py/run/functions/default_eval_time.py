v = 1
def f(a=v):
    return a
v = 2
print(f())
def g(a=print("evaluated once") or 3):
    return a
print(g(), g())
