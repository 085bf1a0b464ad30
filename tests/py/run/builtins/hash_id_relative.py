a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, hash(5), hash(-1), hash(-2), hash(2 ** 20), hash((1, 2)) == hash((1, 2)))
print(hash(1.5) == hash(1.5), hash(2.0), hash(0.0) == hash(-0.0) == 0, hash(None) == hash(None), type(hash("s")).__name__)
x = object()
print(hash(x) == hash(x), id(x) != id(object()) or True)
