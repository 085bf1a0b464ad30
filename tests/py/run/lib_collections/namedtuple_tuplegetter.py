from collections import namedtuple
import _collections, copy
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p.y, p._fields, p._field_defaults, Point.__doc__, Point.x.__doc__)
print(type(Point.x).__name__, type(Point.__dict__["y"]) is _collections._tuplegetter)
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x, Point.y.__reduce__())
try: Point.x.__get__((1,)[0:0])
except IndexError as e: print("IndexError", e)
try: Point.x.__get__([1, 2])
except TypeError as e: print("TypeError", e)
try: p.x = 5
except AttributeError as e: print("AttributeError", e)
try: del p.y
except AttributeError as e: print("AttributeError", e)
Point.x.__doc__ = "The x coordinate"; print(Point.x.__doc__)
g = _collections._tuplegetter(1, "second"); print(g.__doc__, g.__get__((7, 8, 9)))
R = namedtuple("R", "a, b c", defaults=(1, 2), module="mymod")
print(R(0), R.__module__, R._field_defaults, R._make([5, 6, 7]), R(0)._replace(c=9), R(0)._asdict())
S = namedtuple("S", ["def", "x", "x", "_y"], rename=True); print(S._fields)
try: namedtuple("T", ["a", "a"])
except ValueError as e: print("ValueError", e)
try: Point(1)
except TypeError as e: print("TypeError", e)
try: Point._make([1])
except TypeError as e: print("TypeError", e)
class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    @property
    def norm(self): return (self.x**2 + self.y**2 + self.z**2) ** 0.5
    def __str__(self): return f"<{self.x},{self.y},{self.z}>"
v = P3(1, 2, 2); print(v.norm, str(v), repr(v), v[::-1], v + (0,), v == (1, 2, 2), hash(v) == hash((1, 2, 2)))
print(copy.copy(p), copy.deepcopy(p), Point(*[1, 2]), Point(**{"x": 1, "y": 2}), max(Point(1, 9), Point(2, 0)))
print(p.__getnewargs__(), p.__match_args__)
match Point(1, 2):
    case Point(x=1, y=yy): print("matched", yy)
