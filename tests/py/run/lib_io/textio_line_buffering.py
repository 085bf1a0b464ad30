import io

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
t.write("no newline")
print(b.getvalue())
t.write(" then\n")
print(b.getvalue())
t.write("carriage\r")
print(b.getvalue())
b2 = io.BytesIO()
t2 = io.TextIOWrapper(b2, encoding="utf-8", write_through=True)
t2.write("a")
print(b2.getvalue())
b3 = io.BytesIO()
t3 = io.TextIOWrapper(b3, encoding="utf-8")
t3.write("short\n")
print(b3.getvalue())
t3.write("y" * 9000)
print(len(b3.getvalue()))
t3.flush()
print(len(b3.getvalue()))

class Counting(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.flushes = 0
    def flush(self):
        self.flushes += 1
        super().flush()

c = Counting()
tc = io.TextIOWrapper(c, encoding="utf-8", line_buffering=True)
for i in range(3):
    print(i, file=tc)
print(c.flushes, c.getvalue())
print(tc.line_buffering)
