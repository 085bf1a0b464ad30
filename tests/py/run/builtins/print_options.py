import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(1, 2, sep="")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print(None, sep=None, end=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("x", 1, file=w)
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
