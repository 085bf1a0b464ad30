# oracle: python3
# -m for a module in the current folder; -x skipping a script's first line (line numbers
# unchanged); a missing script (status 2) and a missing module (status 1).
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
    with open(os.path.join(d, "mymod.py"), "w") as f:
        f.write(SHOW)
    with open(os.path.join(d, "skip.py"), "w") as f:
        f.write("this line is not Python\nimport sys\nprint('skipped', sys._getframe().f_lineno)\n")
    code, out, err = run("-x", "skip.py", cwd=d)
    print(code, repr(out), last(err))
    show("-m", "mymod", "-v", cwd=d)
    code, out, err = run("missing.py", cwd=d)
    print(code, repr(out), last(err)[0].endswith("missing.py': [Errno 2] No such file or directory"))
    code, out, err = run("-m", "no_such_module_here", cwd=d)
    print(code, repr(out), last(err)[0].endswith(": No module named no_such_module_here"))
