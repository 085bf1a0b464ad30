# Sequence repeat takes any __index__ count (bytes/bytearray too), with CPython's errors; list/bytearray
# += and *= try the right operand's __radd__/__rmul__ first (PyNumber_InPlaceAdd's number slots before
# sq_inplace_concat), except for Python subclasses; bytearray *= repeats in place.
class N:
    def __index__(self): return 3
class I(int): pass
from collections import UserList, deque
import array
for seq in [b"ab", bytearray(b"ab"), "ab", [1, 2], (1, 2), array.array('b', [1]), range(2), memoryview(b"ab"), deque([1])]:
    for k in [N(), I(2), True, -1]:
        try:
            r = seq * k
            print(type(seq).__name__, "*", type(k).__name__, "->", r)
        except TypeError as e:
            print(type(seq).__name__, "*", type(k).__name__, "TypeError", e)
        try:
            r = k * seq
            print(type(k).__name__, "*", type(seq).__name__, "->", r)
        except TypeError as e:
            print(type(k).__name__, "*", type(seq).__name__, "TypeError", e)
for seq in [b"ab", bytearray(b"ab"), "ab", [1, 2], (1,)]:
    for k in [2.0, "x", None, 2**100]:
        try:
            print(seq * k)
        except (TypeError, OverflowError, MemoryError) as e:
            print(type(e).__name__, e)
for cls in [list, bytearray]:
    x = cls(b"ab") if cls is bytearray else cls([1])
    try:
        x *= N(); print(x)
    except TypeError as e: print("TypeError", e)
l = [1]
l += UserList([2])
print(type(l).__name__, l)
l = [1]
for other in [(2, 3), range(2), "ab", {1: 2}, iter([5]), UserList([7]), deque([8])]:
    l += other
print(l)
for bad in [5, None, 1.5]:
    l = [1]
    try:
        l += bad
    except TypeError as e: print("TypeError", e)
u = UserList([1])
u += [2]; print(type(u).__name__, u)
u = UserList([1]); r = [0] + u; print(type(r).__name__, r)
try: print([0] + (1,))
except TypeError as e: print(e)
t = (1,)
try: t += [2]
except TypeError as e: print(e)
b = bytearray(b"a"); b += memoryview(b"bc"); print(b)
try:
    b += [1]
except TypeError as e: print(e)
s = "a"
try: s += b"x"
except TypeError as e: print(e)
b = bytearray(b"xy"); c = b; b *= 2; print(b is c, b)
b *= N(); print(b is c, len(b))
b *= 0; print(b is c, b)
l = [1]; r = l.__iadd__(UserList([2])); print(r is l, l)
l = [1]; l2 = l; l *= I(2); print(l is l2, l)
class R:
    def __radd__(self, other): return ("radd", other)
    def __rmul__(self, other): return ("rmul", other)
l = [1]; l += R(); print(l)
l = [1]; l *= R(); print(l)
b = bytearray(b"a"); b += R(); print(b)
b = bytearray(b"a"); b *= R(); print(b)
print(b"a" * R(), R() * b"a" if False else "", bytearray(b"q") * R())
class L(list): pass
x = L([1]); y = x; x += UserList([3]); print(type(x).__name__, x is y, x)
try:
    b"a" * 2**100
except OverflowError as e: print("OverflowError", e)
