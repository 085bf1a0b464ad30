import io
import json
import contextlib

s = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, s, indent=1, sort_keys=True)
print(s.getvalue())
print(json.load(io.StringIO('{"x": [true, 1.5]}')))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 42)
    help_text = "inside"
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
tw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
json.dump(["\u00e9"], tw, ensure_ascii=False)
tw.flush()
print(tw.buffer.getvalue())
