b = b"hello world"
print(b, b[0], b[1:5], b[::-1], len(b), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(), b"ab".hex(":"))
print(b"a" + b"b", b"ab" * 2, b"a" in b"cab", 97 in b"a", b"abc" < b"abd", list(b"hi"), b"x" == "x")
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
