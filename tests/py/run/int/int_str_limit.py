import sys
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
print(len(str(10 ** 4000)))
