# oracle: python3
# Bytecode as a program: `FILE.pyc` runs the compiled module (CPython's run_pyc_file; the child compiles it
# with its own py_compile), a bad magic number is "RuntimeError: Bad magic number in .pyc file"; `-m pkg`
# whose package is a broken sourceless __init__.pyc gives runpy's one-line "Error while finding module
# specification" message, while an ImportError raised by the package's own code keeps its traceback.
import os, tempfile
from _child import last, run

d = tempfile.mkdtemp()
with open(os.path.join(d, "prog.py"), "w") as f:
    f.write("import sys\nprint('compiled program', __name__, sys.argv[1:], __file__.endswith('.pyc'))\n")
code, out, err = run("-c", "import py_compile; py_compile.compile('prog.py', cfile='prog.pyc', doraise=True)", cwd=d)
print(code, out, last(err))
os.remove(os.path.join(d, "prog.py"))
print(run("prog.pyc", "x", "y", cwd=d)[:2])
with open(os.path.join(d, "bad.pyc"), "wb") as f:
    f.write(b"\0\0\0\0" + bytes(20))
code, out, err = run("bad.pyc", cwd=d)
print(code, repr(out), last(err))

os.mkdir(os.path.join(d, "brokenpkg"))
open(os.path.join(d, "brokenpkg", "__init__.pyc"), "wb").close()
code, out, err = run("-m", "brokenpkg", cwd=d)
print(code, repr(out), [line.split(": ", 1)[1] for line in last(err)], "Traceback" in err)
os.mkdir(os.path.join(d, "raisingpkg"))
with open(os.path.join(d, "raisingpkg", "__init__.py"), "w") as f:
    f.write("raise ImportError('raised by the package')\n")
code, out, err = run("-m", "raisingpkg", cwd=d)
print(code, repr(out), last(err), "Traceback" in err)
