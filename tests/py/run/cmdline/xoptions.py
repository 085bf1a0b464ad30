# oracle: python3
# -X and -W: sys._xoptions and sys.warnoptions in the order CPython fills them (dev mode, -W, -b).
import os
import subprocess
import sys

# a child without the PYTHON* variables of whoever runs the tests
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(*args, cwd=None, input=None, env=None):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, input=input,
                       env={**ENV, **(env or {})})
    return p.returncode, p.stdout, p.stderr


def last(err):
    return err.strip().splitlines()[-1:]


SHOW = "import sys; print(sys._xoptions, sys.warnoptions)"

print(run("-c", SHOW))
print(run("-Xa", "-Xb=c,d=e", "-X", "a=again", "-c", SHOW))
print(run("-X", "dev", "-Wd", "-W", "error::DeprecationWarning", "-bb", "-c", SHOW))
print(run("-b", "-Wignore", "-c", SHOW))
