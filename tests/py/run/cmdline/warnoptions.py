# oracle: python3
# -W filters in effect in the child; sys.orig_argv and sys.argv under -I -X utf8.
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


code, out, err = run("-W", "error", "-c", "import warnings; warnings.warn('careful')")
print(code, repr(out), last(err))
print(run("-W", "ignore::UserWarning", "-c", "import warnings; warnings.warn('quiet'); print('done')"))
print(run("-I", "-X", "utf8", "-c", "import sys; print(sys.orig_argv[1:], sys.argv)", "arg"))
