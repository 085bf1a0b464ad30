# oracle: python3
# Options python does not know: a message, the usage line, exit status 2.

from _child import run_all


VARIANTS = [["-z"], ["-bz"], ["--foo"], ["-J"], ["-Oq", "-y", "-c", "pass"]]
for args, (code, out, err) in zip(VARIANTS, run_all(VARIANTS)):
    lines = err.splitlines()
    usage = lines[1].startswith("usage: ") and lines[1].endswith(" [option] ... [-c cmd | -m mod | file | -] [arg] ...")
    print(args, code, repr(out), lines[0], usage, lines[2:])
