# exec(closure=), __import__(name=), len() through __index__, chr() range errors, sum() compensated over
# floats and complexes, input() ignoring failing flushes, bytes/str/memoryview hashes, NotImplemented in a
# boolean context (a TypeError in 3.14).
import sys, io
# exec with closure=
def outer():
    a, b = 2, 3
    def f():
        nonlocal a
        print("a*b =", a * b)
    return f
f = outer()
exec(f.__code__, f.__globals__, closure=f.__closure__)
import types
exec(f.__code__, {"print": print}, closure=(types.CellType(5), types.CellType(7)))
for bad in [None, (), (1, 2), [types.CellType(1), types.CellType(2)]]:
    try:
        exec(f.__code__, {}, closure=bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("x = 1", {}, closure=f.__closure__)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(compile("x = 1", "s", "exec"), {}, closure=f.__closure__)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", {}, closure=None)
except TypeError as e:
    print("TypeError:", e)
# __import__ by keyword
print(__import__(name="sys").__name__, __import__("os.path", fromlist=["join"]).__name__)
# len() results through __index__, signs checked before size
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Idx:
    def __index__(self): return 4
print(len(L(True)), len(L(Idx())))
for n in (-1, -sys.maxsize - 10, -2**100, sys.maxsize + 1, 4.5, "3"):
    try:
        print(len(L(n)))
    except Exception as e:
        print(type(e).__name__, e)
# chr() of any out-of-range int is a ValueError
for n in (-1, 0x110000, 2**70, -2**70):
    try:
        chr(n)
    except Exception as e:
        print(type(e).__name__, e)
# sum() of floats and complexes uses compensated summation
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1j] * 10), sum([1e100j, 1j, -1e100j, 0.5]))
print(sum([1, 0.5, True]), sum([1j, 2, 0.5, True]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([complex(0.1, 0.2)] * 7, 0.0), sum([float("inf"), 1.0]), sum([1.5, 2**70]))
# input(): failing flushes of stdout/stderr are ignored
class NoFlush:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
class BadFlush(NoFlush):
    def flush(self): raise OSError("no flush")
old = sys.stdin, sys.stdout, sys.stderr
try:
    sys.stdin = io.StringIO("line one\nline two\n")
    sys.stdout, sys.stderr = NoFlush(), BadFlush()
    a = input("prompt> ")
    sys.stdout = BadFlush()
    b = input()
    out = sys.stdout
finally:
    sys.stdin, sys.stdout, sys.stderr = old
print(repr(a), repr(b), out.data)
# hash(str) == hash(bytes) for latin-1 text
print(hash("spam") == hash(b"spam"), hash("caf\xe9") == hash("caf\xe9".encode("latin-1")), hash(b"") == 0)

for f in (lambda: bool(NotImplemented), lambda: not NotImplemented, lambda: 1 if NotImplemented else 2, lambda: NotImplemented and 1, lambda: [x for x in [1] if NotImplemented]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
def g():
    while NotImplemented:
        return 1
try: g()
except TypeError as e: print("TypeError:", e)
m = memoryview(b"abc")
print(hash(m) == hash(b"abc"), hash(m[1:]) == hash(b"bc"))
for x in (memoryview(bytearray(b"x")), memoryview(b"abcdefgh").cast("I")):
    try:
        hash(x)
    except ValueError as e:
        print(e)
