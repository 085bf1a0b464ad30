# types.UnionType with unhashable arguments (unionobject.c): dedup by hash for hashable ones and by == for
# unhashable ones, hash() of such a union re-raises or says how many are unhashable, == propagates errors.
import typing
is_hashable = False
class UnhashableMeta(type):
    def __hash__(self):
        if is_hashable:
            return 1
        raise TypeError("not hashable")
class A(metaclass=UnhashableMeta): ...
class B(metaclass=UnhashableMeta): ...
u = A | B
print(u.__args__ == (A, B))
try: hash(u)
except TypeError as e: print(e)
is_hashable = True
try: hash(u)
except TypeError as e: print(e)
class BadType(type):
    def __eq__(self, other):
        return 1 / 0
bt = BadType('bt', (), {})
bt2 = BadType('bt2', (), {})
u1 = int | bt
u2 = int | bt2
print(u1.__args__ == (int, bt))
for f in [lambda: u1 == u2, lambda: bt | bt2]:
    try: f()
    except ZeroDivisionError: print("ZeroDivisionError")
print(int | str == str | int, hash(int | str) == hash(str | int), int | str | int)
print((int | list[int]) == (list[int] | int), int | list[int] | list[int])
print((A | B) == (B | A), (A | int) == (B | int), A | A)
print(typing.Union[int, str] == (int | str))
