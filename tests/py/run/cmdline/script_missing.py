# oracle: python3
# -m for a module in the current folder; -x skipping a script's first line (line numbers
# unchanged); a missing script (status 2) and a missing module (status 1).
import os
import subprocess
import sys
import tempfile

# a child without the PYTHON* variables of whoever runs the tests
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(*args, cwd=None, input=None, env=None):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, input=input,
                       env={**ENV, **(env or {})})
    return p.returncode, p.stdout, p.stderr


def run_all(calls):
    """Start the children at once (they are independent), then collect (code, out, err) in order."""
    procs = [subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=ENV) for args in calls]
    results = []
    for p in procs:
        out, err = p.communicate()
        results.append((p.returncode, out, err))
    return results


def last(err):
    return err.strip().splitlines()[-1:]


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
