print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
