# A file with many bad lines: ParsingError grows its message with `self.message += ...` once per
# line, which must stay linear (a str concatenation must not copy the whole left operand each time).
import configparser
import time

n = 30000
text = "[*]\n" + "=\n" * n
parser = configparser.ConfigParser(strict=False)
start = time.monotonic()
try:
    parser.read_string(text)
except configparser.ParsingError as e:
    lines = e.message.splitlines()
    print(len(lines), len(e.errors))
    print(lines[0])
    print(lines[42])
    print(lines[-1])
print("fast:", time.monotonic() - start < 10)


class Holder:
    pass


h = Holder()
h.text = ""
for i in range(200000):
    h.text += "ab"
print(len(h.text), h.text[-4:])

s = ""
for i in range(200000):
    s = s + "\udc80" if i % 1000 == 0 else s + "x"
print(len(s), s.count("\udc80"))
