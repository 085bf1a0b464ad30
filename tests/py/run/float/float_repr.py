for v in [0.1, 0.1 + 0.2, 1e16, 1e-5, 1.5e300, 123456789.123, 1 / 3, 2.0, -0.0, 1e22, 1e-7, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v))
print(float("1e500"), float("-inf"), float("nan"), float(" 3.5 "), float("1_0.5"), float("infinity"))
