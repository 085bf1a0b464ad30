import sys
class Buf:
    def __init__(self):
        self.data = ""
        self.flushed = 0
    def write(self, s):
        self.data += s
        return len(s)
    def flush(self):
        self.flushed += 1
b = Buf()
print("a", "b", sep="", end="", file=b)
print(1, 2, 3, file=b, flush=True)
print(repr(b.data), b.flushed)
print(file=None)
print("end", end="\n\n")
print("x", file=sys.stdout)
