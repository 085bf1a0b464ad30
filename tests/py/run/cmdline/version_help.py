# oracle: python3
# -h, -V, --version; options after -c belong to the program; --check-hash-based-pycs with a valid
# mode.
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


code, out, err = run("-h")
print(code, out.splitlines()[0].startswith("usage: "), err)
for v in ["-V", "--version"]:
    code, out, err = run(v)
    print(code, out.startswith("Python 3.") and out.count("\n") == 1, repr(err))
print(run("-c", "import sys; print(sys.argv)", "-z"))
print(run("--check-hash-based-pycs", "never", "-c", "print('ok')"))
