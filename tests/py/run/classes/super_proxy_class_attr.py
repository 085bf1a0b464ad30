# super(C, proxy) accepts an object whose __class__ attribute is a subclass of C (super_check), and the
# method found runs with the proxy as self.
class Proxy:
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)

class B:
    def f(self):
        return "B.f"

class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"

obj = C()
p = Proxy(obj)
print(C.__dict__["f"](p))
print(type(super(C, p)).__name__, super(C, p).__self_class__.__name__)

class Liar:
    __class__ = int

try:
    super(C, Liar())
except TypeError as e:
    print("TypeError", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError", e)
