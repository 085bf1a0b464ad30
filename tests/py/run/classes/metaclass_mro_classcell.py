# A metaclass's mro() decides the class's MRO and runs after __class__ is set; a metaclass that drops
# __classcell__ makes __build_class__ raise RuntimeError.
test_class = None
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class A(metaclass=Meta):
    def f():
        global test_class
        test_class = __class__
print(test_class is A, A.__mro__)
class Rev(type):
    def mro(cls):
        return [cls, object]
class B: x = 1
class C(B, metaclass=Rev): pass
print(C.__mro__, hasattr(C, "x"))
class Bad(type):
    def mro(cls):
        return [cls, 5]
try:
    class D(metaclass=Bad): pass
except TypeError as e:
    print("TypeError", e)
class Drop(type):
    def __new__(cls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(cls, name, bases, ns)
class WithoutRef(metaclass=Drop): pass
try:
    class WithRef(metaclass=Drop):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", str(e).replace(__name__, "M"))
