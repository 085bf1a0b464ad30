# type.__doc__: settable on classes, not on builtin types, never deletable; getset descriptors have
# __delete__ as well as __set__.
class X:
    "elephant"

X.__doc__ = "banana"
print(X.__doc__)
doc = type(X).__dict__["__doc__"]
print(type(doc).__name__, hasattr(doc, "__set__"), hasattr(doc, "__delete__"))
for target in (list, X, int):
    try:
        doc.__set__(target, "blah")
        print("set", target.__doc__)
    except TypeError as e:
        print("TypeError", e)
    try:
        doc.__delete__(target)
    except TypeError as e:
        print("TypeError", e)
try:
    del X.__doc__
except TypeError as e:
    print("TypeError", e)
print(X.__doc__)

# a getset descriptor without a setter refuses both
name = type(X).__dict__["__mro__"]
for f in (lambda: name.__set__(X, ()), lambda: name.__delete__(X)):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)

# __dict__ of an instance: deletable, and only a dict may replace it
class C:
    pass

c = C()
c.__dict__ = {"b": 1}
print(c.b)
for bad in (None, [], 1, "s"):
    try:
        c.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)

class D(dict):
    pass

c.__dict__ = D(z=3)
print(c.z, type(c.__dict__).__name__)
del c.__dict__
print(c.__dict__)
