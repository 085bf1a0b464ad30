# oracle: python3
# PYTHONSAFEPATH and PYTHONPATH (after the script's folder; ignored under -E and -I).
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


print(run("-c", "import sys; print(sys.path[0] != '')", env=dict(PYTHONSAFEPATH="1")))
with tempfile.TemporaryDirectory() as d:
    print(run("-c", "import sys; print(repr(sys.path[0]), sys.path[1] == %r)" % d, env=dict(PYTHONPATH=d)))
    print(run("-E", "-c", "import sys; print(%r in sys.path)" % d, env=dict(PYTHONPATH=d)))
    print(run("-I", "-c", "import sys; print(%r in sys.path, sys.path[0] != '')" % d, env=dict(PYTHONPATH=d)))
