# oracle: python3
# -X and -W: sys._xoptions and sys.warnoptions in the order CPython fills them (dev mode, -W, -b).
import sys

from _child import run_all


SHOW = "import sys; print(sys._xoptions, sys.warnoptions)"

for result in run_all([["-c", SHOW], ["-Xa", "-Xb=c,d=e", "-X", "a=again", "-c", SHOW],
                       ["-X", "dev", "-Wd", "-W", "error::DeprecationWarning", "-bb", "-c", SHOW],
                       ["-b", "-Wignore", "-c", SHOW]]):
    print(result)
