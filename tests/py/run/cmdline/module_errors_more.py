# oracle: python3
# -m: a missing submodule, and an ImportError raised inside the package, which keeps its
# traceback.
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


code, out, err = run("-m", "importlib.nonexistent")
print(code, repr(out), err.partition(": ")[2].strip(), "Traceback" in err)
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "brokenpkg"))
    with open(os.path.join(d, "brokenpkg", "__init__.py"), "w") as f:
        f.write("raise ImportError('Exception in __init__.py')\n")
    with open(os.path.join(d, "brokenpkg", "__main__.py"), "w") as f:
        f.write("print('not reached')\n")
    code, out, err = run("-m", "brokenpkg", cwd=d)
    print(code, repr(out), "Traceback" in err, last(err))
