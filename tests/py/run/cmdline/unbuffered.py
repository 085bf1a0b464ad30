# oracle: python3
# -u: binary and text stdout/stderr unbuffered (seen through os._exit), stdout writes through.
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


for stream in ("stdout", "stderr"):
    print(stream, run("-u", "-c", "import os, sys; sys.%s.buffer.write(b'x'); sys.%s.write('y'); os._exit(0)"
                      % (stream, stream)))
print(run("-c", "import sys; print(sys.stdout.write_through, sys.stdout.line_buffering)"))
print(run("-u", "-c", "import sys; o = sys.stdout; print(o.write_through, o.line_buffering, type(o.buffer).__name__)"))
