# A class's __bases__ is the tuple type() was given (a tuple subclass stays one) and the same object
# on every read; assigning __bases__ replaces it.
class TupleSubclass(tuple):
    pass

typ = type("typ", TupleSubclass((int, object)), {})
print(typ.__bases__, type(typ.__bases__).__name__, typ.__bases__ is typ.__bases__)

class A:
    pass

class B(A):
    pass

print(B.__bases__ is B.__bases__, A.__bases__)
class C:
    pass
B.__bases__ = (C,)
print(B.__bases__, B.__bases__ is B.__bases__, type(B.__bases__).__name__)
t2 = type("t2", (), {})
print(t2.__bases__)
nb = TupleSubclass((A,))
B.__bases__ = nb
print(B.__bases__ is nb, type(B.__bases__).__name__)
