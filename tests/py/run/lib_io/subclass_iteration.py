import io

class UpperText(io.TextIOWrapper):
    def readline(self, *args):
        return super().readline(*args).upper()

print(list(UpperText(io.BytesIO(b"a\nb\n"), encoding="utf-8")))

class Reversed(io.BufferedReader):
    def readline(self, *args):
        return super().readline(*args)[::-1]

print(list(Reversed(io.BytesIO(b"ab\ncd"))))

class Tagged(io.StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return "<" + line if line else line

print(list(Tagged("x\ny")))

class BytesSub(io.BytesIO):
    def readline(self, *args):
        return b"never used by iteration"

print(list(BytesSub(b"1\n2")))

class BadLine(io.TextIOWrapper):
    def readline(self, *args):
        return 42

try:
    next(BadLine(io.BytesIO(b"x"), encoding="utf-8"))
except Exception as e:
    print(type(e).__name__)

class Counting(io.StringIO):
    calls = 0
    def write(self, s):
        Counting.calls += 1
        return super().write(s)

c = Counting()
print("a", "b", "c", file=c)
print(Counting.calls, repr(c.getvalue()))
