print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 70))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any(x > 2 for x in [1, 3]))
try:
    abs("x")
except TypeError as e:
    print(e)
