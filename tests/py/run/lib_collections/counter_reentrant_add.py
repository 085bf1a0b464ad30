# Counter.update (_count_elements) adding 1 to a count whose __add__ clears the counter and returns
# NotImplemented: the int slot of the right operand still answers (CPython's binary_op1 tries int's
# nb_add after the subclass's slot_nb_add), so the count becomes 1
from collections import Counter

c = Counter()
key = object()

class Evil(int):
    def __add__(self, other):
        c.clear()
        return NotImplemented

c[key] = Evil()
c.update([key])
print(c[key], len(c))

c2 = Counter("ab")
c2["a"] = Evil(5)
c2.update("aab")
print(sorted(c2.items()))

# the operator rule underneath
class Plain(int):
    def __add__(self, other):
        return NotImplemented
    def __mul__(self, other):
        return NotImplemented
print(Plain(2) + 3, 3 + Plain(2), Plain(2) * 4, Plain(2) + True)

class F(float):
    def __mul__(self, other):
        return NotImplemented
try:
    print(F(2.0) * 3)
except TypeError as e:
    print("TypeError", e)
print(F(2.0) * 3.0)

class A:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "A.__radd__"
class B(A):
    pass
class D(A):
    def __radd__(self, other):
        return "D.__radd__"
class E(A):
    def __add__(self, other):
        return "E.__add__"
print(A() + B(), B() + A(), A() + D(), D() + A(), A() + E(), E() + A())
try:
    print(A() + A())
except TypeError as e:
    print("TypeError", e)
