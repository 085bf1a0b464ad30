# oracle: python3
# A failed flush of stdout at exit (status 120), a closed stdout (no error), -S (no site
# builtins), -v (a line for each import).
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


code, out, err = run("-c", "import os, sys; sys.stdout.write('x'); os.close(sys.stdout.fileno())")
print(code, repr(out), err.splitlines()[1:2])  # line 0 is "Exception ignored ..." (3.14 words it differently)
print(run("-c", "import sys; sys.stdout.close()"))
SITE = "import builtins; print(sorted(n for n in ('exit', 'quit', 'help', 'copyright') if hasattr(builtins, n)))"
print(run("-S", "-c", SITE), run("-c", SITE))
code, out, err = run("-v", "-c", "import json")
print(code, [line.split(" # ")[0] for line in err.splitlines() if line.startswith("import 'json")])
