# oracle: python3
# PYTHONUNBUFFERED and PYTHONIOENCODING (the codec's canonical name; an unknown codec fails).
import sys

from _child import run


print(run("-c", "import sys; print(sys.stdout.write_through)", env=dict(PYTHONUNBUFFERED="1")))
print(run("-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)",
          env=dict(PYTHONIOENCODING="latin-1:replace")))
print(run("-c", "print('\\xe9')", env=dict(PYTHONIOENCODING="ascii:backslashreplace")))
print(run("-c", "print('x')", env=dict(PYTHONIOENCODING="no-such-codec"))[0])
