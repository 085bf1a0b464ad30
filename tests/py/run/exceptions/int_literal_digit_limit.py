# A decimal int literal longer than sys.get_int_max_str_digits() is a SyntaxError when compiled (not
# at run time); hexadecimal literals, floats and imaginary literals are not limited. A literal over
# 400 characters long still tokenizes as one number.
import sys

def check(src):
    try:
        v = eval(src)
        print("ok", type(v).__name__, v.bit_length() if isinstance(v, int) else "")
    except SyntaxError as e:
        print("SyntaxError", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

sys.set_int_max_str_digits(1000)
check("3" * 1000)
check("3" * 1001)
check("1_0" * 400)
check("1_0" * 550)
check("0x" + "f" * 900)
check("3" * 1001 + ".5")
check("3" * 1001 + "j")
check("-" + "7" * 1200)
sys.set_int_max_str_digits(0)
check("9" * 5000)
sys.set_int_max_str_digits(4300)
print(eval("1" * 450) % 1000, eval("2" * 450 + ".0") > 1e300)
try:
    exec("x = 1\ny = " + "8" * 4301)
except SyntaxError as e:
    print("SyntaxError at line", e.lineno)
