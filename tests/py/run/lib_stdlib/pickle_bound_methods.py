# Bound methods pickle and copy as getattr(self, name) (method.__reduce__): instance, class and
# classmethod bindings; a method of an unpicklable instance fails as the instance does.
import copy
import pickle


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @classmethod
    def make(cls, v):
        return cls(v)


a = A(5)
print(A.make.__reduce__()[0] is getattr, A.make.__reduce__()[1][1])
for obj in (a.get, A.make):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert type(back).__name__ == "method"
    print(obj.__name__, back.__name__, back.__self__ is not None)
print(pickle.loads(pickle.dumps(a.get))(), pickle.loads(pickle.dumps(A.make))(7).v)
print(copy.copy(a.get)(), copy.deepcopy(a.get).__self__ is a)
