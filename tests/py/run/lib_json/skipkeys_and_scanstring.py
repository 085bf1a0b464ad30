# json: skipkeys with indent when every key of a dict is skipped (the C encoder writes "{}"), and
# scanstring's end argument as an index (ints, bools, __index__; huge values overflow)
import json
from json import decoder

cases = [
    {b"k": 1},
    {b"k": 1, 2: [], (1,): 3},
    [{b"k": 1}, {}, {(): 2, "a": {b"x": 0}}],
    {1: {b"x": 2}, "z": {frozenset(): None}},
]
for v in cases:
    for indent in [None, 0, 2, "\t"]:
        print(indent, repr(json.dumps(v, skipkeys=True, indent=indent)))
print(repr(json.dumps({b"k": 1, "b": 2, "a": 1}, skipkeys=True, indent=1, sort_keys=False)))
try:
    json.dumps({b"k": 1}, indent=2)
except TypeError as e:
    print("TypeError", e)

scan = decoder.c_scanstring
class I:
    def __index__(self):
        return 1
print(scan('"xxx"', 1), scan('"xxx"', True), scan('"xxx"', I()), scan('"a\\nb" tail', 1, False))
for end in [1.0, "1", None]:
    try:
        scan('"xxx"', end)
    except TypeError as e:
        print("TypeError", e)
for end in [2**64, -2**64, 10, -1]:
    try:
        scan('"xxx"', end)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
