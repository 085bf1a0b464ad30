print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((3).is_integer(), int.__name__, (6).__floordiv__(4), (6).__rtruediv__(3))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
