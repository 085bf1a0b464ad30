b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.swapcase(), b.title(), b.strip().startswith(b"Hell"))
print(b",".join([b"a", b"b"]), b"a,b,c".split(b","), b"k=v".partition(b"="), b"abc".center(7, b"-"), b"12".zfill(5))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"x".decode())
print(b"%s-%d-%x" % (b"s", 5, 255), b"%r" % "é", b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
