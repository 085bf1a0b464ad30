# oracle: python3
# -W filters in effect in the child; sys.orig_argv and sys.argv under -I -X utf8.
import sys

from _child import last, run


code, out, err = run("-W", "error", "-c", "import warnings; warnings.warn('careful')")
print(code, repr(out), last(err))
print(run("-W", "ignore::UserWarning", "-c", "import warnings; warnings.warn('quiet'); print('done')"))
print(run("-I", "-X", "utf8", "-c", "import sys; print(sys.orig_argv[1:], sys.argv)", "arg"))
