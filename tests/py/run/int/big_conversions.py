n = 2 ** 64
print(str(n), repr(-n), float(n), n == float(n), int(float(n)) == n, n > 1.5e19, n < float("inf"))
print(int("9" * 40) + 1, len(str(7 ** 200)))
print(round(12345, -2), round(-12355, -1), round(2 ** 70, -20))
print(abs(-2 ** 80), max(2 ** 80, 3), sorted([2 ** 65, -2 ** 65, 0]))
