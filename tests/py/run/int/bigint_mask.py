# x & mask for a bigint x and a small non-negative mask (and the reflected order): low bits of the
# two's complement, for positive and negative bigints, masks up to 2**31 - 1 and just above.
values = [2**70 + 5, -(2**70) - 5, 2**64 - 1, -1 - 2**64, 3 * 2**53 + 7, -(2**53) - 1, 2**53, 2**100 - 2**31]
masks = [0, 1, 255, 0x40000000, 0x7FFFFFFE, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 2**40 - 1]
for v in values:
    print([v & m for m in masks], [m & v for m in masks])


class Mask(int):
    pass


print((2**70 + 6) & Mask(7), type((2**70 + 6) & Mask(7)).__name__, Mask(7) & (2**70 + 6))
state = 5
out = []
for _ in range(10):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    out.append(state)
print(out)
