print(float(1), float("3"), float(True), int(2.9), int(-2.9), float(2 ** 53 + 1))
for bad in ["abc", "", "1.2.3", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    float(2 ** 1100)
except OverflowError as e:
    print(e)
