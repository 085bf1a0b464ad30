# oracle: python3
# -X int_max_str_digits (0: no limit; below 640 is fatal), a bad -X utf8 value, options accepted
# without effect.
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


print(run("-X", "int_max_str_digits=0", "-c", "import sys; print(sys.flags.int_max_str_digits, len(str(10**5000)))"))
code, out, err = run("-X", "int_max_str_digits=700", "-c", "print(len(str(10**699)))\nprint(len(str(10**700)))")
print(code, repr(out), last(err))
print(run("-X", "int_max_str_digits=5", "-c", "pass")[0])
print(run("-X", "utf8=2", "-c", "pass")[0])
print(run("-X", "faulthandler", "-X", "frozen_modules=off", "-X", "no_debug_ranges", "-c", "print('accepted')"))
