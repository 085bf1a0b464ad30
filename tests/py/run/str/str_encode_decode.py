s = "héllo €"
b = s.encode()
print(b, len(b), b.decode(), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"caf\xc3\xa9".decode("utf-8"), "x".encode("utf-16"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
