s = "a😀b𝄞c"
print(len(s), s[1], s[3], s[-1], s[1:4], list(s), s[::-1])
print(ord("😀"), chr(128512), "😀".encode("utf-8"), len("😀".encode("utf-16-le")), s.find("c"), s.index("𝄞"))
print("😀" < "😁", sorted(["😀", "z", "é"]), s.upper(), repr("\U0001F600"), ascii(s))
