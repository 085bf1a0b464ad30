n = 255
print(bin(n), oct(n), hex(n), bin(-n), hex(-n))
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:08b} {n:,} {n:_} {n:+d} {n: d} {-n:d}")
print(f"{1234567:,d} {1234567:_x} {n:>8} {n:<8}| {n:^8}| {n:*^9}")
print(format(10 ** 20, ","), f"{n:e}", f"{n:.2f}", f"{n:%}", f"{n:c}")
