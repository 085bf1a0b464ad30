# oracle: python3
# Options as sys.flags shows them in the child: -I (implies -E -P -s), -P -q, -bb, -X dev.
import sys

from _child import run_all


FIELDS = ["optimize", "dont_write_bytecode", "no_site", "ignore_environment", "verbose", "bytes_warning",
          "quiet", "isolated", "safe_path", "no_user_site", "inspect", "interactive", "debug", "dev_mode"]
CODE = "import sys; print(*[int(getattr(sys.flags, n)) for n in %r])" % (FIELDS,)

OPTS = [["-I"], ["-P", "-q"], ["-bb"], ["-X", "dev"]]
for opts, (code, out, err) in zip(OPTS, run_all([[*opts, "-c", CODE] for opts in OPTS])):
    values = dict(zip(FIELDS, out.split()))
    print(" ".join(opts) or "(none)", code, {k: v for k, v in values.items() if v != "0"})
