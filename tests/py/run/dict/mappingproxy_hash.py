# types.MappingProxyType hashes as its mapping does: unhashable over a dict, the mapping's hash otherwise.
import types

class HashableDict(dict):
    def __hash__(self):
        return 3844817
view = types.MappingProxyType({"a": 1})
try:
    hash(view)
except TypeError as e:
    print("TypeError:", e)
m = HashableDict({"a": 1, "b": 2})
v = types.MappingProxyType(m)
print(hash(v) == hash(m), hash(v))
print({v: 1}[v])
class Bad(dict):
    def __hash__(self):
        raise ValueError("no hash")
try:
    hash(types.MappingProxyType(Bad()))
except ValueError as e:
    print("ValueError:", e)
