# str(x) and tuple(it) on the exact types take type.__call__'s direct constructor: identity of exact
# str/tuple arguments, __str__ results, bytes, and the argument errors.
s = "abc"
print(str(s) is s, str(), str(5), str(2**70), str(1.5), str(None), str([1, "a"]), str(b"x"), str(b"x", "ascii"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
t = (1, 2)
print(tuple(t) is t)


class S(str):
    pass


class U:
    def __str__(self):
        return S("sub")


print(str(U()), type(str(S("q"))).__name__)
for call in (lambda: tuple(1, 2), lambda: tuple(5), lambda: str(object=3), lambda: str("a", "utf-8")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class Bad:
    def __str__(self):
        return 5


try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
