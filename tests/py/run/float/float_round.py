print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2))
print(round(1.5), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(-0.5), round(0.5))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
