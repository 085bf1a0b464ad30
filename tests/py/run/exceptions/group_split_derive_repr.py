# ExceptionGroup: split/subgroup copy __notes__ per part (only when a sequence), derive() must
# return a group, args keep the passed sequence, repr does not follow later mutation of it,
# and except* calls the group's own split() and checks its result.
import collections

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__, match.__notes__ is rest.__notes__)
match.add_note("m")
print(eg.__notes__, match.__notes__, rest.__notes__)
print(repr(match), repr(rest))

eg.__notes__ = 123
m, r = eg.split(TypeError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))
eg.__notes__ = ("t1", "t2")
print(eg.subgroup(ValueError).__notes__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


for op in ("split", "subgroup"):
    try:
        getattr(BadDerive("eg", [TypeError(1), ValueError(2)]), op)(TypeError)
    except TypeError as e:
        print(op, "TypeError:", e)


class Derived(ExceptionGroup):
    def derive(self, excs):
        print("derive got", type(excs).__name__, excs)
        return Derived(self.message, excs)


print(repr(Derived("d", [KeyError(1), OSError(2)]).subgroup(OSError)))


class MyEG(ExceptionGroup):
    pass


excs = [ValueError(1), TypeError(2)]
g = MyEG("test", excs)
excs.clear()
print(repr(g), g.args)
print(repr(BaseExceptionGroup("t", (ValueError(1), KeyboardInterrupt(2)))))
print(repr(ExceptionGroup("one", (ValueError(1),))))
dq = collections.deque([ValueError(1), TypeError(2)])
g = ExceptionGroup("test", dq)
dq.clear()
print(repr(g), g.exceptions)


class MySeq(collections.abc.Sequence):
    def __init__(self, raises):
        self.raises = raises

    def __len__(self):
        return 1

    def __getitem__(self, index):
        if index == 0:
            return ValueError(1)
        raise IndexError

    def __repr__(self):
        if self.raises:
            raise self.raises
        return None


for raises in (None, ValueError):
    try:
        BaseExceptionGroup("test", MySeq(raises))
    except Exception as e:
        print(type(e).__name__, e)


class BadEG1(ExceptionGroup):
    def split(self, *args):
        return "NOT A 2-TUPLE!"


class BadEG2(ExceptionGroup):
    def split(self, *args):
        return ("NOT A 2-TUPLE!",)


class WeirdEG(ExceptionGroup):
    def split(self, *args):
        print("split", args)
        return super().split(*args) + ("anything", 123456, None)


for cls in (BadEG1, BadEG2):
    try:
        try:
            raise cls("eg", [OSError(123), ValueError(456)])
        except* ValueError:
            pass
    except TypeError as e:
        print("TypeError:", e, type(e.__context__).__name__)

try:
    raise WeirdEG("eg", [OSError(123), ValueError(456)])
except* OSError as e:
    print("os", repr(e))
except* ValueError as e:
    print("value", repr(e))
