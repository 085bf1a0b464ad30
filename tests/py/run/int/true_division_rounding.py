# int / int correctly rounded (CPython's long_true_divide): subnormal results, ties to even with a sticky
# remainder, overflow at the top, signed zeros.
import random
r = random.Random(5)
vals = []
for exp in list(range(-1200, -1000)) + list(range(-100, 100, 7)) + list(range(1000, 1030)):
    a, b = 75312 * 2 ** max(exp, 0), 69187 * 2 ** max(-exp, 0)
    try:
        vals.append(repr(a / b))
    except OverflowError as e:
        vals.append("OverflowError")
for i in range(300):
    a = r.getrandbits(r.randrange(1, 400)) * r.choice([1, -1])
    b = r.getrandbits(r.randrange(1, 400)) or 1
    vals.append(repr(a / b))
    vals.append(repr(a / -b))
for a, b in [(0, -5 * 2**70), (-(2**80), 3), (2**1024, 1), (2**1024 - 2**970, 1), (2**1023 * 3, 2), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1076), (-1, 2**1080), (10**400, 10**399), (2**53 + 1, 1), (2**54 + 3, 2)]:
    try:
        vals.append(repr(a / b))
    except OverflowError as e:
        vals.append("OverflowError " + str(e))
print("\n".join(vals))
