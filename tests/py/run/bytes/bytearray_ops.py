ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), ba.pop(), ba)
ba[1:3] = b"EE"
del ba[-1]
print(ba, bytes(ba), ba.decode(), ba.find(b"l"))
ba.reverse(); print(ba)
ba.clear(); print(ba, bytearray(3), bytearray([1, 2]) + b"\x03")
try:
    ba.append(300)
except ValueError as e:
    print(e)
x = bytearray(b"ab"); x += b"cd"; x *= 2
print(x, x.insert(0, 0x5a), x, x.remove(ord("a")), x)
