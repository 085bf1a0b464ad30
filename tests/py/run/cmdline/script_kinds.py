# oracle: python3
# What the child runs: -c (options after it are its arguments), combined -Ec, a script with any
# name, `--` ending the options; sys.argv, sys.path[0] and __file__ for each.
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
    for name in ["noext", "shown.py"]:
        with open(os.path.join(d, name), "w") as f:
            f.write(SHOW)
    show("-c", SHOW, "a", "-b", cwd=d)
    show("-Ec", SHOW, "x", cwd=d)
    show("noext", "1", cwd=d)
    show("shown.py", "-c", "--", cwd=d)
    show("--", "shown.py", "-x", cwd=d)
