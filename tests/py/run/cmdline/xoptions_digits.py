# oracle: python3
# -X int_max_str_digits (0: no limit; below 640 is fatal), a bad -X utf8 value, options accepted
# without effect.
import sys

from _child import last, run


print(run("-X", "int_max_str_digits=0", "-c", "import sys; print(sys.flags.int_max_str_digits, len(str(10**5000)))"))
code, out, err = run("-X", "int_max_str_digits=700", "-c", "print(len(str(10**699)))\nprint(len(str(10**700)))")
print(code, repr(out), last(err))
print(run("-X", "int_max_str_digits=5", "-c", "pass")[0])
print(run("-X", "utf8=2", "-c", "pass")[0])
print(run("-X", "faulthandler", "-X", "frozen_modules=off", "-X", "no_debug_ranges", "-c", "print('accepted')"))
