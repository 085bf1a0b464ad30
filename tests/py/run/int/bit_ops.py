x = 0b1011_0110
print(x & 0xF, x | 1, x ^ 0xFF, ~x, x << 3, x >> 2, -x >> 1, -1 >> 100, 1 << 100)
print((-5) & 7, (-5) | 2, (-5) ^ 3, ~(-1), (2 ** 70) & (2 ** 70 - 1), (2 ** 70) >> 69)
print(x.bit_count(), (255).bit_length(), (0).bit_length())
try:
    1 << -1
except ValueError as e:
    print(e)
