# oracle: python3
# subprocess.run and friends: captured output (bytes and text), input, return codes, check=True,
# CalledProcessError, shell=True
import subprocess

r = subprocess.run(["echo", "hi"], capture_output=True, text=True)
print(r)
print(r.args, r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["cat"], input=b"bytes in", capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run(["tr", "a-z", "A-Z"], input="text in\n", capture_output=True, text=True)
print(repr(r.stdout))
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.check_output(["printf", "%s", "x y"], text=True))
print(subprocess.check_call(["true"]))
print(subprocess.call(["false"]))
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd, e)
try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 4"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.stdout, e.stderr, e.output)
try:
    subprocess.check_output("exit 5", shell=True)
except subprocess.CalledProcessError as e:
    print(str(e))
print(subprocess.run("echo $((6*7)); exit 3", shell=True, capture_output=True))
print(subprocess.run("printf '%s|' one two three", shell=True, capture_output=True, text=True).stdout)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["sh", "-c", "echo to-err >&2"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo discarded; echo also >&2"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr, r.returncode)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)
print(subprocess.getoutput("echo out; echo err >&2"))
print(subprocess.getstatusoutput("echo status; exit 2"))
