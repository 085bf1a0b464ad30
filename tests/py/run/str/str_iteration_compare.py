print([c for c in "héllo"], "".join(reversed("stressed")), sorted(["b", "A", "a", "B"]), sorted(["b", "A"], key=str.lower))
print(ord("a"), chr(97), chr(0x10FFFF) == "\U0010ffff", [ord(c) for c in "Aé€"])
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
