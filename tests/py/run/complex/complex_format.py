z = 1.5 - 2.25j
print(f"{z}", f"{z:.1f}", f"{z:>20}|", format(z, "e"), str(complex(0, 1)), str(complex(1, 0)))
print(repr(complex(float("inf"), float("nan"))), complex("-1.5e3-2j"))
for bad in ["1+", "j1", "1+2k"]:
    try:
        complex(bad)
    except ValueError as e:
        print(e)
