# getrandbits: CPython's word order for multi-word results (seeded, so the numbers are CPython's),
# large sizes in reasonable time, and the argument errors of 3.14's uint64 conversion.
import random

r = random.Random(1234567)
print(r.getrandbits(100), r.getrandbits(33), r.getrandbits(64), r.getrandbits(65), r.getrandbits(0))
r.seed(5)
x = r.getrandbits(100000)
print(x.bit_length(), x % 1000003, x >> 99900)
r.seed(1234567)
x = r.getrandbits(2**22 + 7)
print(x.bit_length(), x & (2**100 - 1), x >> (2**22 + 7 - 100))


class MyIndex:
    def __index__(self):
        return 70


r.seed(2)
print(r.getrandbits(MyIndex()))
for k in (1 << 1000, -1 << 1000, -1, 1 << 64, 10.5):
    try:
        r.getrandbits(k)
    except (OverflowError, ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
