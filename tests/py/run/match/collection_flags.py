# Which subjects match sequence and mapping patterns: the first class in the MRO with a collection flag
# decides (multiple inheritance), str/bytes/bytearray never match [...] even when registered, a heap
# class registered as a Sequence matches; builtin sequences and mappings.
import collections, collections.abc, array
def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "none"
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class StrSeq(str, collections.abc.Sequence): pass
class Reg: pass
collections.abc.Sequence.register(Reg)
class RegChild(Reg): pass
for x in [M1(), M3(), M4(), S1(), S3(), "abc", b"abc", bytearray(b"x"), StrSeq("q"), Reg(), RegChild(),
          range(3), memoryview(b"ab"), array.array("i"), collections.deque(), {}, [], (), 5, {1}, frozenset(),
          collections.OrderedDict(), collections.defaultdict(int), collections.ChainMap()]:
    print(type(x).__name__, kind(x))
