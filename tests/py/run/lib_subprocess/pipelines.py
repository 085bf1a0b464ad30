# oracle: python3
# chaining processes (one's stdout as the next one's stdin), text decoding options, large outputs,
# line-by-line reading while the child runs
import subprocess

p1 = subprocess.Popen(["printf", "b\\na\\nc\\na\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(["uniq", "-c"], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
out, _ = p3.communicate()
print([line.split() for line in out.splitlines()], p1.wait(), p2.wait(), p3.returncode)

out = subprocess.check_output(["sh", "-c", "i=0; while [ $i -lt 20000 ]; do echo line $i; i=$((i+1)); done"])
print(len(out), out.count(b"\n"), out[-11:])
r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["printf", "a\\r\\nb\\n"], capture_output=True, universal_newlines=False)
print(repr(r.stdout))
r = subprocess.run(["printf", "caf\\303\\251 \\377"], capture_output=True, encoding="utf-8", errors="replace")
print(repr(r.stdout))
r = subprocess.run(["printf", "caf\\351"], capture_output=True, encoding="latin-1")
print(repr(r.stdout))
p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo tick $i; done"], stdout=subprocess.PIPE, text=True,
                     bufsize=1)
for line in p.stdout:
    print("read", line.rstrip())
p.stdout.close()
print(p.wait())
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"written directly\n")
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
