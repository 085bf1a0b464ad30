class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
class B(A):
    def __add__(self, o): return "B.add"
    def __radd__(self, o): return "B.radd"
print(A() + B(), B() + A(), A() + A())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "N.radd"
try:
    N() + N()
except TypeError as e:
    print(e)
print(1 + N())
try:
    A.__add__ = lambda s, o: NotImplemented
    del A.__radd__
    print(A() + 1)
except TypeError as e:
    print(e)
