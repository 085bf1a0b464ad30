# oracle: python3
# PYTHONUNBUFFERED and PYTHONIOENCODING (the codec's canonical name; an unknown codec fails).
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


print(run("-c", "import sys; print(sys.stdout.write_through)", env=dict(PYTHONUNBUFFERED="1")))
print(run("-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)",
          env=dict(PYTHONIOENCODING="latin-1:replace")))
print(run("-c", "print('\\xe9')", env=dict(PYTHONIOENCODING="ascii:backslashreplace")))
print(run("-c", "print('x')", env=dict(PYTHONIOENCODING="no-such-codec"))[0])
