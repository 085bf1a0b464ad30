# Subscripting classes: type[...] and ExceptionGroup[...] are generic aliases; classes without
# __class_getitem__ (Exception, int, a metaclass instance) are 'not subscriptable'; type has no
# __class_getitem__ attribute of its own.
import types
print(type[int], type(type[int]).__name__, hasattr(type, "__class_getitem__"), hasattr(Exception, "__class_getitem__"))
print(ExceptionGroup[ValueError], isinstance(ExceptionGroup[ValueError], types.GenericAlias), BaseExceptionGroup[OSError])
for t in (Exception, int, object, OSError):
    try:
        t[int]
    except TypeError as e:
        print("TypeError", e)
class M(type): pass
class C(metaclass=M): pass
try:
    C[int]
except TypeError as e:
    print("TypeError", e)
class G:
    def __class_getitem__(cls, k):
        return ("G", k)
print(G[int], list[int], dict[str, int])
