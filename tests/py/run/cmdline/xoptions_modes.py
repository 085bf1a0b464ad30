# oracle: python3
# -X dev (the default filter first), -X utf8, -X utf8=0, -X warn_default_encoding.
import sys

from _child import run_all


for result in run_all([["-X", "dev", "-c", "import sys, warnings; print(sys.flags.dev_mode, warnings.filters[0][:3])"],
                       ["-X", "utf8", "-c", "import sys; print(sys.flags.utf8_mode)"],
                       ["-X", "utf8=0", "-c", "import sys; print(sys.flags.utf8_mode)"],
                       ["-X", "warn_default_encoding", "-c", "import sys; print(sys.flags.warn_default_encoding)"]]):
    print(result)
