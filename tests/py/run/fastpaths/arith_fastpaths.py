# Mixed int/float arithmetic, float comparisons and str equality through the eval loop's fast paths,
# with the edge cases they must hand on to the full protocol.
big = 2**53 - 1
print(big + 1, -big - 1, big * 2, 94906265 * 94906266, 3037000499 * 3037000499)
z = -3 * 0
print(z, repr(float(z)), 0 * -5, -0 * 1)
print(1 + 2.5, 2.5 - 1, 3 * 0.5, 1 / 2.0, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 2.5 ** 2)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-2.0) ** 2, 2 ** -1.0)
for bad in ("1.5 << 2", "2 << 1.5", "1.5 & 1", "'a' - 1"):
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for zero in ("1 / 0.0", "1.0 // 0", "3 % 0.0", "0.0 ** -1"):
    try:
        eval(zero)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.5 <= 1.5, 2.5 > -1.0, 1.0 >= 2.0)
print("a" == "a", "a" != "b", "é" == "é", "\U0001f600" > "\uffff", "abc" < "abd", "" == "")


class S(str):
    def __eq__(self, other):
        return "custom"


print(S("x") == "x", "x" == S("x"))


class F(float):
    def __add__(self, other):
        return "F.add"

    def __lt__(self, other):
        return "F.lt"


print(F(1.0) + 2.0, F(1.0) + 1, F(1.0) < 2.0, 2.0 + F(1.0))
x = 0.1
for _ in range(10):
    x = x * 1.5 - 0.05
print(x, x == x, x != 0.0)
print(True + 1.5, 1.5 * True, 1 if 0.0 else 2)
