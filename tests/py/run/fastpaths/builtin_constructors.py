# int(), float(), list() and range() called on the builtin types take a direct constructor in
# type.__call__: results, argument and keyword errors, subclasses (the full path), type.__call__ spelled out.
print(int(), int(5), int("12"), int("ff", 16), int(" 7 "), int(3.9), int(-2.5), int(True), int(b"42"), int("0x1f", 0))
print(float(), float(3), float("1.5"), float(" -inf "), float(True), list(), list("abc"), list(range(3)), list((1, 2)))
for call in (lambda: int(1, 2, 3), lambda: int(x=1), lambda: int("z"), lambda: int(1.5, 10), lambda: float(1, 2),
             lambda: float(x=1), lambda: float("x"), lambda: list(1, 2), lambda: list(x=1), lambda: list(5),
             lambda: int(None), lambda: float([]), lambda: int("1", base=40)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 7

    def __float__(self):
        return 2.5


class T:
    def __int__(self):
        return 9

    def __trunc__(self):
        return 8


print(int(I()), float(I()), int(T()), int("1_000"), type(int(True)).__name__)
print(int.__call__(3.7) if False else int(3.7), type.__call__(int, "5"), type.__call__(float, 2), type.__call__(list, "ab"))

for call in (lambda: int("11", base=2), lambda: int(base=10), lambda: int("5", 10, base=2), lambda: int("z", base=36),
             lambda: int(x="1"), lambda: float(), lambda: list([1], [2]), lambda: int(1, 2, 3, 4),
             lambda: list.__new__(list, x=1), lambda: list.__init__([], x=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class L(list):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k


print(L([1, 2], a=1), L([1]).k, L("ab", z=2).k)


class F(float):
    pass


class N(int):
    pass


print(F(2.5), N("7", base=8), N(), type(N(3)).__name__)
for t in ["0", "-0", "+5", "-", "+", "", "007", "-123456789012345", "123456789012345", "1234567890123456", " 5", "5 ", "1_0", "\u0663", "-00"]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(e)
