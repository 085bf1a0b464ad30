# int.to_bytes / int.from_bytes: every argument kind and edge, long values both ways, the error messages;
# int() literal errors cut to 200 characters; an int too large for the engine is a MemoryError, not SystemError.
class B:
    def __bytes__(self): return b"\x01\x02"
print(int.from_bytes(B()), int.from_bytes([1, 2], "little"), int.from_bytes(bytearray(b"\xff"), signed=True))
print(int.from_bytes(memoryview(b"\x00\x10")), int.from_bytes((x for x in [1, 0, 0, 0, 0, 0, 0, 0, 0])))
class BS(bytes):
    def __bytes__(self): return b"\x07"
print(int.from_bytes(BS(b"\x01\x01")))
for bad in ["ab", 5, 1.5, None, [256], ["a"]]:
    try: print(int.from_bytes(bad))
    except Exception as e: print(type(e).__name__, e)
class Bad:
    def __bytes__(self): return "x"
try: int.from_bytes(Bad())
except Exception as e: print(type(e).__name__, e)
print(int.from_bytes(b"\x80" + b"\x00" * 20, "big", signed=True))
print(int.from_bytes(b"\x00" * 20 + b"\x80", "little", signed=True))
print(int.from_bytes(b"\xff" * 7, signed=True), int.from_bytes(b"\xff" * 6, signed=True), int.from_bytes(b"\x7f" + b"\xff" * 5, signed=True))
print(int.from_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09", "little"))
print((2**70 + 5).to_bytes(10, "little"), (-2**70).to_bytes(10, "big", signed=True), (5).to_bytes(0) if False else (0).to_bytes(0))
print((255).to_bytes(1), (-1).to_bytes(9, signed=True), (-(2**63)).to_bytes(8, signed=True), (2**64-1).to_bytes(8))
for args in [(256, (1,), {}), (-1, (1,), {}), (128, (1, "big"), {"signed": True}), (-129, (1, "big"), {"signed": True}), (1, (0,), {}), (-1, (0, "big"), {"signed": True})]:
    try: print(args[0].to_bytes(*args[1], **args[2]))
    except OverflowError as e: print("OverflowError", e)
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01")).__name__, MyInt.from_bytes(b"\x01" * 10))
n = 1 << 8 * 2 ** 12
b = n.to_bytes(2 ** 12 + 1, "little")
print(len(b), b[-1], int.from_bytes(b, "little") == n, int.from_bytes(b[::-1]) == n)
m = 3 ** 5000
print(int.from_bytes(m.to_bytes(1000, "big", signed=True), "big", signed=True) == m)
print(int.from_bytes((-m).to_bytes(1000, "little", signed=True), "little", signed=True) == -m)
print(type((5).to_bytes(2)).__name__)
for s, b in [("9" * 300, 7), ("x" * 300, 10), ("é" * 150 + "'" * 100, 10), ("1_" * 200, 0)]:
    try: int(s, b)
    except ValueError as e: print(len(str(e)), str(e)[-30:])
try: int(b"z" * 300)
except ValueError as e: print(len(str(e)), str(e)[-30:])
try: float("x" * 300)
except ValueError as e: print(len(str(e)), str(e)[-30:])
try: complex("x" * 300)
except ValueError as e: print(len(str(e)), str(e)[-30:])
try:
    big = 1 << 2**30
    print("bits", big.bit_length())
    del big
except MemoryError:
    print("bits", 2**30 + 1)
