# oracle: python3
# A folder or a zip archive holding __main__.py runs as a script (sys.path[0] is the folder or
# archive, sys.argv[0] as given); a folder without one is an error.
import os
import sys
import tempfile
import zipfile

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
    os.mkdir(os.path.join(d, "app"))
    with open(os.path.join(d, "app", "__main__.py"), "w") as f:
        f.write(SHOW)
    os.mkdir(os.path.join(d, "empty"))
    with zipfile.ZipFile(os.path.join(d, "app.zip"), "w") as z:
        z.writestr("__main__.py", SHOW)
    show("app", "arg", cwd=d)
    show("app.zip", "arg", cwd=d)
    code, out, err = run("empty", cwd=d)
    print(code, repr(out), last(err)[0].endswith("can't find '__main__' module in '%s'" % os.path.join(d, "empty")))
