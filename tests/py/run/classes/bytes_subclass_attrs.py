# Instances of bytes subclasses have a __dict__, as str/tuple/int subclasses do;
# zipfile's _Extra(bytes) sets self.id in __init__.
import pickle
import zipfile


class Extra(bytes):
    def __new__(cls, val, id=None):
        return super().__new__(cls, val)

    def __init__(self, val, id=None):
        self.id = id


e = Extra(b"ab", 5)
print(e, e.id, e.__dict__, type(e + b"c").__name__)


class B(bytes):
    pass


b = B(b"xyz")
b.tag = "t"
r = pickle.loads(pickle.dumps(b))
print(type(r).__name__, r, r.tag, vars(b))


try:
    b"x".y = 1
except AttributeError as err:
    print("AttributeError", err)

print(zipfile._Extra.strip(b"\x01\x00\x02\x00ab\x05\x00\x01\x00c", (1,)))
