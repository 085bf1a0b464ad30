# oracle: python3
# Under -X dev, encode/decode/str()/bytes()/bytearray() look up an encoding and an error handler given by
# name even when no text needs them (bpo-37388); without -X dev only a needed handler is looked up.
import subprocess
import sys

code = r"""
import sys
for label, f in [
    ("encode errors", lambda: "".encode("ascii", "Boom")),
    ("encode encoding", lambda: "".encode("Boom")),
    ("decode encoding", lambda: b"".decode("Boom")),
    ("decode errors", lambda: b"".decode(errors="Boom")),
    ("decode errors ignore", lambda: b"".decode(errors="ignore")),
    ("bytes()", lambda: bytes("", "ascii", "Boom")),
    ("bytearray()", lambda: bytearray("abc", "latin1", "Boom")),
    ("str()", lambda: str(b"", "ascii", "Boom")),
    ("str() encoding", lambda: str(b"", "Boom")),
]:
    try:
        r = f()
        print(label, "->", repr(r))
    except LookupError as e:
        print(label, "!!", e)
"""
for opts in ([], ["-X", "dev"]):
    r = subprocess.run([sys.executable, *opts, "-c", code], capture_output=True, text=True)
    print(opts, r.returncode)
    print(r.stdout, end="")
