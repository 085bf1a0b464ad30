# Pickling AttributeError keeps name and args but never obj (which may not pickle); NameError's name
# is not part of its pickled state (C members outside __dict__ in CPython).
import pickle, copy
class Unpicklable:
    def __reduce__(self): raise TypeError("no")
e = AttributeError("foo", name="attr", obj=Unpicklable())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e2 = pickle.loads(pickle.dumps(e, proto))
    print(proto, e2, e2.args, e2.name, e2.obj)
e.note = 5
e3 = copy.copy(e)
print(e3.name, e3.obj, e3.note, e3.__reduce__()[1:])
n = NameError("x", name="y")
print(pickle.loads(pickle.dumps(n)).name)
