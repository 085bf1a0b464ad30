# oracle: python3
# -i: the REPL after the program, here on a pipe (prompts on stderr), also after an exception or
# SystemExit; no arguments and a pipe: standard input is the program.
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


code, out, err = run("-i", "-c", "x = 41", input="print(x + 1)\nx\ny = [1,\n 2]\ny\n")
print(code, repr(out), err.count(">>> "), err.count("... "))
code, out, err = run("-i", "-c", "1/0", input="print('still here')\n")
print(code, repr(out), [line for line in err.splitlines() if "Error" in line], err.count(">>> "))
code, out, err = run("-i", "-c", "raise SystemExit(3)", input="print('inspecting')\n")
print(code, repr(out), err.splitlines()[-2])
code, out, err = run("-i", "-c", "pass", input="raise SystemExit(5)\n")
print(code, repr(out))
print(run(input="import sys\nprint(sys.argv, sys.flags.interactive, sys.flags.inspect)\n"))
