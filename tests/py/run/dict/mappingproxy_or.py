# mappingproxy | x and x | mappingproxy: | of the underlying mappings (mappingproxy_or); |= refused
import types
from collections import UserDict
mp = types.MappingProxyType({1: "a", 2: "b"})
print(mp | {2: "c"}, {0: "z"} | mp, mp | mp)
for t in (UserDict, dict, types.MappingProxyType):
    u = UserDict({0: "a", 1: "b"}) | t({1: "c", 2: "d"})
    v = t({0: "a", 1: "b"}) | UserDict({1: "c", 2: "d"})
    print(type(u).__name__, u, type(v).__name__, v)
try:
    mp |= {3: "x"}
except TypeError as e:
    print(e)
try:
    mp | 1
except TypeError as e:
    print(e)
