# oracle: python3
# Options missing their argument, and a bad --check-hash-based-pycs mode: a message, the usage
# line, exit status 2.
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


VARIANTS = [["-W"], ["-X"], ["-c"], ["--check-hash-based-pycs"], ["--check-hash-based-pycs", "sometimes"]]
for args, (code, out, err) in zip(VARIANTS, run_all(VARIANTS)):
    lines = err.splitlines()
    usage = lines[1].startswith("usage: ") and lines[1].endswith(" [option] ... [-c cmd | -m mod | file | -] [arg] ...")
    print(args, code, repr(out), lines[0], usage, lines[2:])
