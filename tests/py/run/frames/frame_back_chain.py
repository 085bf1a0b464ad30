import sys
def a(): return b()
def b(): return c()
def c():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
print(a())
