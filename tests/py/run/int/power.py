print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, pow(3, 4, 5), pow(2, -1, 7))
print(pow(10, 100, 97), 7 ** 0, (-1) ** 101, 2 ** 0.5)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
