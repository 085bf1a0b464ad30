# repr(float) for random bit patterns, scaled values across the fixed/exponent boundaries (1e-4, 1e16)
# and exact binary fractions: shortest round-trip digits, compared through one digest.
import struct
def lcg(seed):
    s = [seed]
    def nxt():
        s[0] = (s[0] * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
        return s[0]
    return nxt
nxt = lcg(1)
out = []
for i in range(20000):
    bits = nxt()
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    out.append(repr(x))
    out.append(repr((bits >> 11) / 2**53 * 10 ** ((i % 40) - 20)))
    out.append(repr(float(i % 5000) / 8))
for v in (1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 1e15, 123456789012345.6, 0.1, 1/3, 2.0**53, 1e21, 1e-7, 5e-324, 1.7976931348623157e308):
    out.append(repr(v)); out.append(repr(-v))
import hashlib
print(hashlib.sha256("|".join(out).encode()).hexdigest(), len(out))
