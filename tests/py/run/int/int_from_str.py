print(int("42"), int("  -17  "), int("0x1F", 16), int("1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("1_000_000"), int("+5"), int("٣"), int(3.99), int(-3.99), int(True))
for bad in ["", "1.5", "abc", "1__0", "0x", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
