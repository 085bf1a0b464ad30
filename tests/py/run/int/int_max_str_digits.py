# sys.set_int_max_str_digits / get_int_max_str_digits: the limit applies to str(), repr(), f-strings,
# %d and format() of ints and to int() of strings in bases that are not powers of two; 0 lifts it
# (huge conversions both ways), and the threshold and errors are CPython's.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
x = 10**4300
for f in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ","), lambda v: "{}".format(v)):
    try:
        f(x)
        print("ok")
    except ValueError as e:
        print("ValueError", e)
print(len(str(x - 1)), len(str(-(x - 1))), len(hex(x)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301, 7)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 4301, 16) % 1000, int("1_" * 4000 + "1") % 1000)
for bad in (1, 639, -1, "x"):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
try:
    str(10**640)
except ValueError as e:
    print("ValueError", e)
print(len(str(10**640 - 1)))
sys.set_int_max_str_digits(0)
y = 7**60000
s = str(y)
print(len(s), s[:20], s[-20:], int(s) == y, int(s[:30000], 36) % 997, int(s, 12) % 1000003)
print(int("-" + s[:10000]) % 1009, int(" +" + s[:9000] + " ") % 1009)
sys.set_int_max_str_digits(4300)
print(sys.flags.int_max_str_digits)
