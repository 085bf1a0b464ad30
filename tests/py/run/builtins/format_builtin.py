print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), format(1234567, ","), format(0.5, "%"), format(None))
print(format(True), format(True, "d"), format(2 ** 64, "x"))
