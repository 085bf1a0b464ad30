# Slot dunders of builtin types are wrapper_descriptor ('slot wrapper') and, bound, method-wrapper, as
# CPython's slotdefs; METH_COEXIST ones (list.__getitem__, dict/set.__contains__) stay method_descriptor;
# inspect treats a class whose __new__ is a method_descriptor as user-defined.
import types, inspect
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(object.__init__, list.__len__, list.__getitem__, dict.__contains__, frozenset.__contains__, set.__contains__, str.__add__, int.__add__, list.append)
print(type(list.__dict__['__getitem__']).__name__, type(str.__dict__['__getitem__']).__name__, type(bytes.__dict__['__getitem__']).__name__)
o = object()
print(repr(o.__str__).split(" at ")[0], type([].__len__).__name__, type([].append).__name__, [].__len__.__name__, [].__len__.__qualname__, [1].__len__())
print(type([].__len__.__self__).__name__, [].__len__.__objclass__ if hasattr([].__len__, "__objclass__") else "-")
print(inspect.signature(list.__len__), inspect.signature([].__len__), inspect.signature(o.__str__))
class C:
    __new__ = type.__dict__['__subclasscheck__']
print(inspect.signature(C))
class D:
    __new__ = str.__subclasscheck__
try: inspect.signature(D)
except ValueError as e: print("ValueError")
print(inspect.ismethoddescriptor(object.__init__), inspect.isbuiltin(o.__str__), inspect.isroutine(o.__str__), callable(list.__len__))
print(object.__init__.__text_signature__, [].__iadd__.__text_signature__, type(int.__dict__['__add__']).__name__)
import pickle
print(pickle.loads(pickle.dumps([1, 2].__len__))())
