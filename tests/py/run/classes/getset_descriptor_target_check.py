# getset_descriptor.__set__/__delete__ check the object's type first (descr_setcheck): a class's
# __dict__ descriptor does not apply to a module or to another class's instances.
import sys

class Base:
    pass

class Other:
    pass

dict_descr = Base.__dict__["__dict__"]
for target in (sys, Other(), 5):
    for op in ("set", "delete"):
        try:
            if op == "set":
                dict_descr.__set__(target, {})
            else:
                dict_descr.__delete__(target)
            print(op, "allowed")
        except (AttributeError, TypeError) as e:
            print(op, type(e).__name__, e)
b = Base()
dict_descr.__set__(b, {"x": 1})
print(b.x)
dict_descr.__delete__(b)
print(vars(b))
mro = type.__dict__["__mro__"]
for target in (Base, 5):
    try:
        mro.__set__(target, ())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
