# Integer widths with and without zero padding (the '{:02d}' fast path), negative numbers, wide values.
vals = [0, 1, -1, 7, -7, 42, -42, 123, -123, 99999, -99999, 2**40, -(2**40), True]
specs = ["02d", "2d", "5d", "05d", "1d", "01d", "10d", "010d", "99d", "099d"]
for v in vals:
    print(v, [format(v, s) for s in specs], [f"{v:03d}", f"{v:4d}"])
