print(bytes.fromhex("0a0B ff"), b"\x01\xab".hex(), b"\x01\x02\x03".hex("-"), b"\x01\x02\x03\x04".hex(":", 2), bytearray.fromhex("ab"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
print(bytes(range(5)), bytes(b"abc"[::-1]), bytes(memoryview(b"mv")), b"a b".split(b" "), list(b"\x00\xff"))
