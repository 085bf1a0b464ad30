# oracle: python3
# PYTHONWARNINGS: into sys.warnoptions before -W, filters in effect, ignored under -E.
import sys

from _child import last, run


print(run("-W", "always", "-c", "import sys; print(sys.warnoptions)",
          env=dict(PYTHONWARNINGS="error::DeprecationWarning,ignore")))
print(run("-E", "-c", "import sys; print(sys.warnoptions)", env=dict(PYTHONWARNINGS="error::DeprecationWarning")))
code, out, err = run("-c", "import warnings; warnings.warn('careful')", env=dict(PYTHONWARNINGS="error"))
print(code, repr(out), last(err))
