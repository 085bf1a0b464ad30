# oracle: python3
# subprocess.Popen: communicate over pipes (also large data both ways), poll/wait, signals and negative
# return codes, context manager, cwd, env, pass_fds, file objects as stdin/stdout
import os
import subprocess
import tempfile

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"x")
print(out, err, p.returncode)

data = bytes(range(256)) * 2000  # 512 KB: more than a pipe holds, in both directions at once
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(len(out), out == data, err, p.returncode)

p = subprocess.Popen(["sh", "-c", "read line; echo got:$line; echo done >&2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("hello\n")
print(repr(out), repr(err))

with subprocess.Popen(["sh", "-c", "echo line1; echo line2"], stdout=subprocess.PIPE, text=True) as p:
    print([line.rstrip() for line in p.stdout])
print(p.returncode)

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "kill -USR1 $$"])
print(p.wait())
p = subprocess.Popen(["sh", "-c", "exit 3"])
print(p.wait(), p.returncode)

print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
env = {"ONLY": "this", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
print(subprocess.run(["sh", "-c", "echo $ONLY; env | grep -c ONLY"], env=env, capture_output=True).stdout)
os.environ["PYPYTS_SUBPROCESS_TEST"] = "inherited"
print(subprocess.run(["sh", "-c", "echo $PYPYTS_SUBPROCESS_TEST"], capture_output=True).stdout)

r, w = os.pipe()
# (bash: dash takes only single-digit descriptors in redirections)
p = subprocess.Popen(["bash", "-c", f"echo through-pass-fds >&{w}"], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100))
os.close(r)

r, w = os.pipe()
p = subprocess.Popen(["bash", "-c", f"{{ echo leaked >&{w}; }} 2>/dev/null || echo closed"], stdout=subprocess.PIPE)
print(p.communicate()[0])
os.close(r)
os.close(w)

with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "into a file"], stdout=f)
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile() as f:
    f.write(b"from a file\n")
    f.seek(0)
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
