# oracle: python3
# What the child runs: -c (options after it are its arguments), combined -Ec, a script with any
# name, `--` ending the options; sys.argv, sys.path[0] and __file__ for each.
import os
import sys
import tempfile

from _child import last, run


SHOW = ("import sys, os\n"
        "p0 = sys.path[0]\n"
        "p0 = '<cwd>' if p0 == os.getcwd() else repr(p0) if p0 == '' or not os.path.isabs(p0) else os.path.basename(p0)\n"
        "print([os.path.basename(a) if os.path.isabs(a) else a for a in sys.argv], p0,\n"
        "      os.path.basename(globals().get('__file__', '-')), __name__)\n")


def show(*args, **kw):
    code, out, err = run(*args, **kw)
    print(code, out.strip(), last(err))


with tempfile.TemporaryDirectory() as d:
    for name in ["noext", "shown.py"]:
        with open(os.path.join(d, name), "w") as f:
            f.write(SHOW)
    show("-c", SHOW, "a", "-b", cwd=d)
    show("-Ec", SHOW, "x", cwd=d)
    show("noext", "1", cwd=d)
    show("shown.py", "-c", "--", cwd=d)
    show("--", "shown.py", "-x", cwd=d)
