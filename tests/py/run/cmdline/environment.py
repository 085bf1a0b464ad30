# oracle: python3
# PYTHON* environment variables in sys.flags, and -E ignoring them.
import sys

from _child import run


# int_max_str_digits: "default" for 3.11's -1 and 3.12+'s 4300 alike
FLAGS = ("import sys; f = sys.flags; d = f.int_max_str_digits\n"
         "print(f.optimize, f.dont_write_bytecode, f.verbose, f.inspect, f.no_user_site, f.safe_path, f.dev_mode,\n"
         "      f.hash_randomization, 'default' if d in (-1, 4300) else d)")
ALL = dict(PYTHONOPTIMIZE="2", PYTHONDONTWRITEBYTECODE="1", PYTHONNOUSERSITE="1", PYTHONSAFEPATH="1",
           PYTHONHASHSEED="0", PYTHONINTMAXSTRDIGITS="0", PYTHONVERBOSE="0")
# (PYTHONDEVMODE apart from PYTHONOPTIMIZE: dev mode imports warnings, which -OO without bytecode writes
# would compile from source on every run)
print(run("-c", FLAGS, env=ALL))
print(run("-E", "-c", FLAGS, env=dict(ALL, PYTHONDEVMODE="1")))
print(run("-c", FLAGS, env=dict(PYTHONDEVMODE="1", PYTHONVERBOSE="")))
print(run("-c", FLAGS, env=dict(PYTHONOPTIMIZE="yes")))
