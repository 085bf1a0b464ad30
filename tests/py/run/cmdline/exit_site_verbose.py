# oracle: python3
# A failed flush of stdout at exit (status 120), a closed stdout (no error), -S (no site
# builtins), -v (a line for each import).
import os
import sys

from _child import run


code, out, err = run("-c", "import os, sys; sys.stdout.write('x'); os.close(sys.stdout.fileno())")
print(code, repr(out), err.splitlines()[1:2])  # line 0 is "Exception ignored ..." (3.14 words it differently)
print(run("-c", "import sys; sys.stdout.close()"))
SITE = "import builtins; print(sorted(n for n in ('exit', 'quit', 'help', 'copyright') if hasattr(builtins, n)))"
print(run("-S", "-c", SITE), run("-c", SITE))
code, out, err = run("-v", "-c", "import json")
print(code, [line.split(" # ")[0] for line in err.splitlines() if line.startswith("import 'json")])
