# oracle: python3
# -u: binary and text stdout/stderr unbuffered (seen through os._exit), stdout writes through.
import os
import sys

from _child import run


for stream in ("stdout", "stderr"):
    print(stream, run("-u", "-c", "import os, sys; sys.%s.buffer.write(b'x'); sys.%s.write('y'); os._exit(0)"
                      % (stream, stream)))
print(run("-c", "import sys; print(sys.stdout.write_through, sys.stdout.line_buffering)"))
print(run("-u", "-c", "import sys; o = sys.stdout; print(o.write_through, o.line_buffering, type(o.buffer).__name__)"))
