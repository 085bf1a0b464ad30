# oracle: python3
# subprocess failures: missing program, missing cwd, not executable, timeouts, bad arguments
import os
import subprocess
import tempfile

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: subprocess.run(["definitely-not-a-program-xyz", "arg"]))
show(lambda: subprocess.run(["/definitely/not/here"]))
show(lambda: subprocess.run(["pwd"], cwd="/definitely-not-a-dir"))
show(lambda: subprocess.Popen(["true"], executable="/nope/true"))
with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "script.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho ran\n")
    try:
        subprocess.run([script])
    except PermissionError as e:
        print("PermissionError", e.errno, e.strerror, e.filename == script)
    os.chmod(script, 0o755)
    print(subprocess.run([script], capture_output=True).stdout)
    print(subprocess.run(["./script.sh"], cwd=d, capture_output=True).stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
try:
    subprocess.run(["sh", "-c", "echo before; sleep 5"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired with output", e.output, e.stdout)
show(lambda: subprocess.run([1, 2]))
show(lambda: subprocess.run(["echo", "a\0b"]))
show(lambda: subprocess.run("echo x", shell=True, input=b"", capture_output=True).stdout)
show(lambda: subprocess.check_output(["echo", "x"], stdout=subprocess.PIPE))
show(lambda: subprocess.run(["true"], env={"A=B": "c"}))
show(lambda: subprocess.run(["true"], pass_fds=(987,)))
