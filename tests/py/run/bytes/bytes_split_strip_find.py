b = b"one,two,,three"
print(b.split(b","), b.rsplit(b",", 1), b.count(b","), b.find(b"two"), b.rfind(b","), b.startswith(b"one"), b.endswith(b"three"))
print(b.upper().lower(), b.replace(b",", b";", 2), b"x".join([b"a", b"b"]), b"  x  ".strip(), b"xxaxx".strip(b"x"), b"a\nb\r\nc".splitlines())
print(b.index(b"t"), b"abc".ljust(5, b"."), b"abc".rjust(5), b"Hello".capitalize(), b"ab".isascii(), b"\tx".expandtabs(4))
