# functools.partial: args is the same tuple on every access (copy keeps it), nesting flattens partial
# subclasses too (unless they carry attributes), non-str keywords fail at call time, repr uses str() of
# keys and the values it started with, __dict__ cannot be deleted.
import copy
from functools import partial, Placeholder as PH


def capture(*args, **kwargs):
    return args, kwargs


p = partial(capture, ["asdf"], 1)
print(p.args is p.args, copy.copy(p).args is p.args, type(p.args).__name__)


class Sub(partial):
    pass


class OwnCall(partial):
    def __call__(self, *args, **kwargs):
        return ("own",) + super().__call__(*args, **kwargs)


for cls in partial, Sub, OwnCall:
    inner = cls(capture, PH, 0)
    outer = cls(inner, PH, 1, 2)
    print(cls.__name__, outer.args, outer.func is capture, outer(9))
    tagged = cls(capture, 1)
    tagged.note = "kept"
    print(cls(tagged, 2).args, cls(tagged, 2).func is tagged)

p = partial(capture)
p.keywords[1234] = "value"
print(repr(p).split(", ", 1)[1])
try:
    p()
except TypeError as exc:
    print("TypeError", exc)


class MutatesYourDict:
    def __str__(self):
        p.keywords[self] = ["sth2"]
        return "astr"


p = partial(capture, 1)
p.keywords[MutatesYourDict()] = ["sth"]
print(repr(p).split(", ", 1)[1])

p = partial(hex)
for action in ("del", "set-list", "set-dict"):
    try:
        if action == "del":
            del p.__dict__
        elif action == "set-list":
            p.__dict__ = []
        else:
            p.__dict__ = {"a": 1}
            print(p.a)
    except TypeError as exc:
        print("TypeError", exc)
