# Helpers for the cmdline cases (not a case): child interpreters through sys.executable, without the
# PYTHON* environment variables of whoever runs the tests.
import os
import subprocess
import sys

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
