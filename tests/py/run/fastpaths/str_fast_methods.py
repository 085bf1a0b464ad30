# str methods with fast paths: join of exact lists/tuples read in place (subclasses iterate through their
# __iter__), find/count/startswith/endswith bounds, ASCII whitespace, predicates over astral text,
# replace results, %-formatting and format specs read as UTF-16 units.
S = ["", "abc", "a b\tc\n", "  x  ", "caf\u00e9 na\u00efve", "\U0001F600x\U0001F600", "\x1c\x1d \x85\u2028y",
     "123", "\u0661\u0662", "ab" * 10, "x\u00a0y", "\U0001D7D8\U0001D7D9", "\U00010400\U00010428"]
subs = ["", "a", "b", "ab", "\U0001F600", "x", " "]
for s in S:
    print(ascii(s), s.isalpha(), s.isdigit(), s.isspace(), s.isalnum(), s.isdecimal(), s.isnumeric(),
          s.isprintable(), s.split(), s.rsplit(None, 1), ascii(s.strip()), ascii(s.title()))
    for t in subs:
        r = [s.count(t), s.find(t), s.rfind(t), s.startswith(t), s.endswith(t), s.startswith(t, 1),
             s.endswith(t, 0, 2), s.count(t, 1, -1), s.startswith((t, "zz")), s.endswith(("q", t), -3),
             s.replace(t, "-") if t else s.replace(t, "+", 2), s.replace(t, ""), t.join([s, s, "q"]),
             t.join((s, "\U0001F600"))]
        print(" ", ascii(t), ascii(r))
for bad in [[1], ("a", 2), "xyz", iter(["p", "q"]), {"k": 1}, 5]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError", e)


class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])


class T(tuple):
    def __iter__(self):
        return iter(["tuple", "iter"])


class S2(str):
    pass


print("-".join(L(["a", "b"])), "-".join(T(("x", "y"))), "-".join(("t",)), type("".join([S2("s")])).__name__)
print(type("".join(["plain"])).__name__, "".join([]) == "", S2("ab").join(["1", "2"]))
for call in [lambda: "a".startswith(1), lambda: "a".endswith(("a", 1)), lambda: "a".count(1),
             lambda: "a".find("a", "x")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print("abc".startswith("b", None, None), "abcabc".count("bc", None, 5), "aaaa".count("aa"),
      "ab\U0001F600ab".count("ab", 1), "\U0001F600ab\U0001F600".startswith("ab", 1),
      "\U0001F600ab\U0001F600".endswith("ab", 0, 3), "abc".endswith("", 5), "abc".startswith("", 3),
      "abc".startswith("", 4), "abcd".count("", 1, 3), "abc".count("", 5))
for f, a in [("%s|%5s|%-5s|%.2s", ("x", "caf\u00e9", "\U0001F600", "\U0001F600\U0001F600\U0001F600")),
             ("%d %5d %-5d| %05d %+d % d %i %u", (1, -2, 3, -4, 5, 6, 7, 8)),
             ("%x %#x %X %#X %o %#o %c %c", (255, 255, 255, 255, 8, 8, 65, "\U0001F600")),
             ("%5.2f%% %e %.3E %g %G %10.4f %-10.2e| %+.1f", (1.005, 12345.678, 0.5, 1e-5, 1e20, 3.14159, -2.5, 0.05)),
             ("%*d|%-*d|%.*f", (5, 42, 4, 7, 2, 3.14159)),
             ("\U0001F600 %s \u00e9 %r", ("a", "b")),
             ("%(a)s-%(b)05.1f %(a)r", {"a": "A", "b": 2.25}),
             ("%d%%", 5), ("%s", (1,)), ("%s", "lone"), ("%5s", 2**70), ("%x", -(2**70))]:
    print(ascii(f % a))
for f, a in [("%", ()), ("%y", (1,)), ("%\U0001F600", (1,)), ("ab %s %s", (1,)), ("no args", (1,)),
             ("%(a)s %s", {"a": 1}), ("%(a", {"a": 1}), ("%d", ("x",)), ("%c", ("ab",)), ("%*d", ("x", 1))]:
    try:
        print(f % a)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
vals = [0, -42, 123456789, 2**70, 3.14159, -0.0, float("nan"), "abc", "caf\u00e9", True]
for sp in ["", "d", "<8", "^9", "=+8", "08", ",", "_x", "#b", "08.3f", ".2e", "%", "*^12", "\U0001F600>6",
           "\U0001F600^7", "z.1f", "010,", "c", "s", ".2", "10.1", "x<3", "xx", "\U0001F600", "0<5", ".3_f",
           "99999999999999999999", ".99999999999999999999"]:
    row = []
    for v in vals:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(ascii(sp), ascii(row))
print("{0}/{1} [{2:>8}] {3:x}".format("A", "b", 12, 255), f"{'a':<10}|{'b':^10}|{42:08d}|{7}|{2.5}|{-3:+}")
print("{:{}{}}".format(3.5, "^", 9), "{!r:>6}".format("x"), "{0[1]}".format([5, 6]), "{a.real}".format(a=3),
      "{00}{01}".format(7, 8), "{0:{1}}".format("z", 3))
try:
    "{99999999999999999999}".format(1)
except ValueError as e:
    print("ValueError", e)
