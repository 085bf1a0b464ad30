# member_descriptor: __slots__ members are data descriptors with __get__/__set__/__delete__ and CPython's
# descr_check; types.MemberDescriptorType is their type (function.__globals__ is a member); builtin types'
# __module__ comes from the type, not from a __module__ getset in its dict.
import inspect
class S:
    __slots__ = {"power": "measured in kilowatts", "x": None}
class T:
    __slots__ = ("a",)
print(S.power.__doc__, S.x.__doc__, T.a.__doc__, inspect.getdoc(S.power))
print(inspect.isdatadescriptor(T.a), inspect.ismethoddescriptor(T.a), inspect.ismemberdescriptor(T.a))
t = T()
T.a.__set__(t, 5)
print(t.a, T.a.__get__(t, T))
T.a.__delete__(t)
try: T.a.__delete__(t)
except AttributeError as e: print("AttributeError", e)
try: del t.a
except AttributeError as e: print("AttributeError", e)
try: t.a
except AttributeError as e: print("AttributeError", e)
for bad in (S(), 5):
    try: T.a.__set__(bad, 1)
    except TypeError as e: print("TypeError", e)
    try: T.a.__get__(bad, type(bad))
    except TypeError as e: print("TypeError", e)
print(staticmethod.__module__, classmethod.__module__, type(len).__module__, property.__module__)
class U(list):
    __slots__ = ("q",)
u = U(); U.q.__set__(u, 3); print(u.q)
