# Services of modules written in TS that programs use without importing them: the codec registry behind
# str.encode/bytes.decode, Unicode names in \N{...} escapes and error handlers, weak references to
# builtin objects. (pypyts creates most TS modules on first import; these must work before any import.)
print("\N{EM DASH}", "\N{GREEK SMALL LETTER ALPHA}", "\N{LATIN CAPITAL LETTER A WITH GRAVE}")
print(ascii("\N{SNOWMAN}"), len("\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print("caf\xe9 \u2014".encode("cp1252"), b"\x80\x93".decode("cp1252"))
print("\u2014\u00e9".encode("ascii", "namereplace"), "\u2603".encode("latin-1", "backslashreplace"))
print("abc".encode("utf-16-le"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
print("x\u00ffy".encode("iso8859-15", "replace"), "\u20ac".encode("iso8859_15"))
print(bytes.fromhex("c3a9").decode("utf-8"), "é".encode("mac-roman"))
try:
    "\u2603".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)


class C:
    pass


print(C().__weakref__, C.__weakref__.__name__)
