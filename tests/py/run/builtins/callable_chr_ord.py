print(callable(len), callable(lambda: 0), callable(5), callable(int), callable("s".upper))
print(chr(65), chr(0x263A), ord("A"), ord("☺"), ord(b"a"), ord(bytearray(b"z")))
try:
    chr(-1)
except ValueError as e:
    print(e)
