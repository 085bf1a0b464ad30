# An AttributeError raised by a Python __getattr__/__getattribute__ without name/obj gets the looked-up
# name and object (_PyObject_SetAttributeErrorContext): traceback then suggests a close attribute name.
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError("Error", 23)
class C:
    blech = None
    def __getattribute__(self, attr):
        raise AttributeError(attr)
class D:
    def __getattr__(self, attr):
        e = AttributeError("x"); e.name = "other"; raise e
for cls in (A, B, C, D):
    o = cls()
    try:
        o.bluch
    except AttributeError as e:
        print(cls.__name__, e.name, e.obj is o, repr(str(e)))
    try:
        getattr(o, "bluch")
    except AttributeError as e:
        print(cls.__name__, e.name, e.obj is o)
import traceback
try:
    A().bluch
except AttributeError as e:
    print(traceback.format_exception_only(e))
try:
    B().bluch
except AttributeError as e:
    print(traceback.format_exception_only(e))
