print(repr(b"\x00\x01\t\n\r'\"\\\x7f\x80\xff"), repr(bytearray(b"'")), repr(b'"'), repr(b"'\""))
print(str(b"abc"), bytes(b"abc") is not None, b"\x41\x42")
