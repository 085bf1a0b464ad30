# A class's __dict__ is a live, read-only view of the class namespace (CPython's mappingproxy over it)
class C:
    x = 1
d = C.__dict__
print(type(d).__name__, d['x'], d.get('x'), d.get('nope', 5), 'x' in d, 'y' in d)
C.y = 2
print('y' in d, d.get('y'), sorted(k for k in d if not k.startswith('__')))
print(len(d) == len(dict(d)), d == dict(d), repr(d).startswith("mappingproxy({"))
try:
    d['nope']
except KeyError as e:
    print("KeyError", e)
print(int.__dict__['bit_length'].__name__, 'real' in int.__dict__)


class D(C):
    pass


view = D.__dict__
C.z = 3
print("z" in view, "z" in C.__dict__)
D.w = 4
print(view["w"], list(view.keys())[-1])
try:
    view["w"] = 5
except TypeError as e:
    print("TypeError", e)
print(view | {"extra": 1} == {**dict(view), "extra": 1})
