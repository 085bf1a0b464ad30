# A str subclass that defines __str__: str(), print, %s, format() and f-strings with an empty spec call it
# (only the exact str type is passed through unchanged); a non-empty spec formats the string value.
class S(str):
    def __str__(self):
        return "custom"


class Plain(str):
    pass


s = S("value")
print(str(s), s, f"{s}", "%s" % s, "{}".format(s), format(s), [str(s)])
print(f"{s:>8}|", format(s, "^9") + "|", "{:.3}".format(s))
print(repr(s), f"{s!r}", f"{s!s}")
p = Plain("plain")
print(str(p), type(str(p)).__name__, f"{p}", type(format(p)).__name__)
print(str(s) is s, type(str(s)).__name__)
