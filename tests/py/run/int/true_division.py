print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 2 ** 60 / 3, 10 ** 30 / 10 ** 10)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** 2000 / 1
except OverflowError as e:
    print(e)
print((2 ** 2000) // (2 ** 1990))
