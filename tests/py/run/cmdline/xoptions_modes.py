# oracle: python3
# -X dev (the default filter first), -X utf8, -X utf8=0, -X warn_default_encoding.
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


for result in run_all([["-X", "dev", "-c", "import sys, warnings; print(sys.flags.dev_mode, warnings.filters[0][:3])"],
                       ["-X", "utf8", "-c", "import sys; print(sys.flags.utf8_mode)"],
                       ["-X", "utf8=0", "-c", "import sys; print(sys.flags.utf8_mode)"],
                       ["-X", "warn_default_encoding", "-c", "import sys; print(sys.flags.warn_default_encoding)"]]):
    print(result)
