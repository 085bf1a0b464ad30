# oracle: python3
# -O removes asserts and makes __debug__ false (docstrings stay), -OO also drops docstrings.
import os
import subprocess
import sys

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


CODE = """
def f():
    'doc'
try:
    assert False, 'boom'
    asserts = 'removed'
except AssertionError:
    asserts = 'kept'
import sys
print(sys.flags.optimize, asserts, __debug__, f.__doc__)
if __debug__:
    print('debug branch')
"""
# compile(optimize=0) keeps asserts under -O; -1 is the interpreter's level
COMPILED = "for level in (-1, 0):\n    exec(compile('assert False', '<s>', 'exec', optimize=level)); print(level, 'passed')"
OPTS = [[], ["-O"], ["-OO"]]
results = run_all([[*opts, "-c", CODE] for opts in OPTS] + [["-O", "-c", COMPILED]])
for opts, (code, out, err) in zip(OPTS + ["compile under -O"], results):
    print(opts, code, repr(out), last(err))
