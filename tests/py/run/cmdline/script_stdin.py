# oracle: python3
# Standard input as the program: `-` with arguments, no arguments on a pipe; -x does not apply to
# standard input.
import os
import sys

from _child import last, run


SHOW = ("import sys, os\n"
        "p0 = sys.path[0]\n"
        "p0 = '<cwd>' if p0 == os.getcwd() else repr(p0) if p0 == '' or not os.path.isabs(p0) else os.path.basename(p0)\n"
        "print([os.path.basename(a) if os.path.isabs(a) else a for a in sys.argv], p0,\n"
        "      os.path.basename(globals().get('__file__', '-')), __name__)\n")


def show(*args, **kw):
    code, out, err = run(*args, **kw)
    print(code, out.strip(), last(err))


show("-", "a", "b", input=SHOW)
show(input=SHOW)
code, out, err = run("-x", "-", input="this line is not Python\nimport sys\nprint('skipped', sys._getframe().f_lineno)\n")
print(code, repr(out), last(err))
