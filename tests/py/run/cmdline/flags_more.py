# oracle: python3
# Options as sys.flags shows them in the child: -I (implies -E -P -s), -P -q, -bb, -X dev.
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


FIELDS = ["optimize", "dont_write_bytecode", "no_site", "ignore_environment", "verbose", "bytes_warning",
          "quiet", "isolated", "safe_path", "no_user_site", "inspect", "interactive", "debug", "dev_mode"]
CODE = "import sys; print(*[int(getattr(sys.flags, n)) for n in %r])" % (FIELDS,)

OPTS = [["-I"], ["-P", "-q"], ["-bb"], ["-X", "dev"]]
for opts, (code, out, err) in zip(OPTS, run_all([[*opts, "-c", CODE] for opts in OPTS])):
    values = dict(zip(FIELDS, out.split()))
    print(" ".join(opts) or "(none)", code, {k: v for k, v in values.items() if v != "0"})
