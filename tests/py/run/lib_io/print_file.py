import io
import sys

s = io.StringIO()
print("a", 1, 2.5, None, file=s)
print("x", "y", sep="", end="|", file=s)
print(file=s)
print(*range(5), sep=", ", file=s, flush=True)
print(repr(s.getvalue()))
print("to stdout", file=None)

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, text):
        self.calls.append(text)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("p", "q", sep="-", end="!", file=r, flush=True)
print(r.calls)
try:
    print("x", file=object())
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", sep=1)
except TypeError as e:
    print(type(e).__name__, e)
closed = io.StringIO()
closed.close()
try:
    print("x", file=closed)
except ValueError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print("wrapped", 1, file=t)
t.flush()
print(t.buffer.getvalue())
sys.stdout.write("direct write\n")
print(sys.stdout.writable(), sys.stdin.readable())
