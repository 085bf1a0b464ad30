# A __getattr__ hook also catches an AttributeError raised inside the normal lookup (a descriptor's
# __get__, a property), for classes through their metaclass too (CPython's slot_tp_getattr_hook).
import types, inspect
class M(type):
    def __getattr__(cls, name):
        if name == 'eggs':
            return 'scrambled'
        return super().__getattr__(name)
class A(metaclass=M):
    @types.DynamicClassAttribute
    def eggs(self):
        return 'spam'
try: print(A.eggs)
except AttributeError as e: print("AE1", repr(e))
try: print(getattr(A, 'eggs'))
except AttributeError as e: print("AE2", repr(e))
print(A().eggs)
print(('eggs', 'scrambled') in inspect.getmembers(A), [m for m in inspect.getmembers(A) if m[0] == 'eggs'])
class P:
    @property
    def x(self):
        raise AttributeError("from property")
    def __getattr__(self, name):
        return "fallback-" + name
p = P()
print(p.x, getattr(p, "x"), hasattr(p, "x"))
class Q:
    @property
    def x(self):
        raise AttributeError("from property")
try: Q().x
except AttributeError as e: print("AE", e)
print(getattr(Q(), "x", "dflt"), hasattr(Q(), "x"))
class R:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try: R().zz
except AttributeError as e: print("AE", e)
