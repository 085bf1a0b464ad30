# Every portable typecode: limits, byte layouts, byteswap, float rounding for 'f', unicode 'w'.
import array

limits = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
          "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}
for tc, (lo, hi) in limits.items():
    a = array.array(tc, [lo, 0, hi])
    b = array.array(tc, a.tobytes())
    a.byteswap()
    print(tc, b.itemsize, b.tolist(), a.tobytes().hex(), b == array.array(tc, [lo, 0, hi]))
fa = array.array("f", [0.1, 1 / 3, 1e-40, -2.5, float("inf")])
print(fa, fa.tobytes().hex(), array.array("d", fa))
w = array.array("w", "héllo ✓ 𝄞")
print(w, len(w), w.tounicode(), w.itemsize, w[7], w.tobytes()[:8].hex())
w.fromunicode("!")
w.append("?")
print(w.tounicode(), w.index("✓"), w.count("l"))
for tc in "bBhHiIqQfdw":
    e = array.array(tc)
    print(tc, repr(e), e.tolist(), e.tobytes(), len(e * 5))
c = array.array("h", [1, 2, 3])
c.clear()
print(c, len(c), [n for n in dir(array) if not n.startswith("__")])
