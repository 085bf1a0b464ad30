# oracle: python3
# PYTHONWARNINGS: into sys.warnoptions before -W, filters in effect, ignored under -E.
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


print(run("-W", "always", "-c", "import sys; print(sys.warnoptions)",
          env=dict(PYTHONWARNINGS="error::DeprecationWarning,ignore")))
print(run("-E", "-c", "import sys; print(sys.warnoptions)", env=dict(PYTHONWARNINGS="error::DeprecationWarning")))
code, out, err = run("-c", "import warnings; warnings.warn('careful')", env=dict(PYTHONWARNINGS="error"))
print(code, repr(out), last(err))
