# str slicing: every start/stop/step combination (None, negatives, out of range, __index__ objects,
# huge ints) over ASCII, Latin-1, astral and repeated text; bad slices raise CPython's errors.


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


S = ["", "abcdef", "caf\u00e9 x", "\U0001F600a\U0001F600b", "xy" * 7]
B = [None, 0, 1, -1, 2, -3, 10, -10, I(2), 2**70, -(2**70)]
for s in S:
    out = []
    for a in B:
        for b in B[:7]:
            for c in [None, 1, -1, 2, -2, 3]:
                out.append(s[a:b:c])
    print(ascii(s), len(out), ascii(out[::7]))
    print(ascii(s[::-1]), ascii(s[1::-1]), ascii(s[I(1):I(4)]), ascii(s[::I(-2)]), s[:] is s)
for bad in [slice(None, None, 0), slice("a", None), slice(None, None, "x"), slice(None, 1.5)]:
    try:
        "abc"[bad]
    except Exception as e:
        print(type(e).__name__, e)
