# oracle: python3
# -i: the REPL after the program, here on a pipe (prompts on stderr), also after an exception or
# SystemExit; no arguments and a pipe: standard input is the program.
import sys

from _child import run


code, out, err = run("-i", "-c", "x = 41", input="print(x + 1)\nx\ny = [1,\n 2]\ny\n")
print(code, repr(out), err.count(">>> "), err.count("... "))
code, out, err = run("-i", "-c", "1/0", input="print('still here')\n")
print(code, repr(out), [line for line in err.splitlines() if "Error" in line], err.count(">>> "))
code, out, err = run("-i", "-c", "raise SystemExit(3)", input="print('inspecting')\n")
print(code, repr(out), err.splitlines()[-2])
code, out, err = run("-i", "-c", "pass", input="raise SystemExit(5)\n")
print(code, repr(out))
print(run(input="import sys\nprint(sys.argv, sys.flags.interactive, sys.flags.inspect)\n"))
