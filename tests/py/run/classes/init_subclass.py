registry = []
class Plugin:
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        registry.append(cls.__name__)
class A(Plugin, key="a"): pass
class B(Plugin): pass
class C(A, key="c"): pass
print(registry, A.key, B.key, C.key)
try:
    class D(Plugin, bogus=1, key="d"): pass
except TypeError as e:
    print(e)
