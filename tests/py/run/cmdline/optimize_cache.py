# oracle: python3
# A module imported under -O, -OO or neither gets that level's code even when the same module was
# imported (and its compiled code cached) under another level before, as CPython's .opt-1/.opt-2 pyc files.
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


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod.py"), "w") as f:
        f.write('"""module doc"""\nimport sys\ntry:\n    assert False\n    asserts = "removed"\nexcept AssertionError:\n'
                '    asserts = "kept"\nprint(sys.flags.optimize, asserts, __debug__, __doc__)\n')
    for opts in [[], ["-O"], ["-OO"], [], ["-O"]]:
        code, out, err = run(*opts, "-c", "import mod", cwd=d)
        print(opts, code, repr(out), last(err))
