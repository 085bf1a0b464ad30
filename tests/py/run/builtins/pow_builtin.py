print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(5, 3, 7), pow(-2, 3, 5), pow(3, 0), pow(base=2, exp=5), pow(2, 5, mod=3))
