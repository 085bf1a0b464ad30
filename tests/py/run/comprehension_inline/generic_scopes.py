# Comprehensions in type-parameter, type-alias and annotation scopes: inlined where the scope is a
# function, kept as their own function where the scope can see a class, and never seeing the class.
def f[T](n):
    return [T for _ in range(n)], [(T, u) for u in range(1)]
print(f(2))
class C[T]:
    r = [T for _ in range(2)]
    s = [i for i in range(2)]
print(C.r, C.s)
class D:
    type A = [x for x in range(2)]
    y = 5
    type B = [y for _ in range(1)]
    type G = [x for x in [y]]
print(D.A.__value__, D.G.__value__)
try:
    D.B.__value__
except NameError as e:
    print(e)
def g[T: [x for x in range(2)]](): pass
print(g.__type_params__[0].__bound__)
class E:
    z = 3
    def m[U: [z for _ in range(1)]](self): pass
try:
    print(E.m.__type_params__[0].__bound__)
except NameError as e:
    print(e)
class F:
    w = 7
    v: [w for _ in range(1)]
    u: [q for q in [w]]
try:
    print(F.__annotations__)
except NameError as e:
    print(e)
