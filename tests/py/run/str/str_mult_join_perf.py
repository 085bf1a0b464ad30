s = "ab" * 50000
print(len(s), s[-3:], s.count("ab"), len("".join(str(i) for i in range(10000))))
parts = []
for i in range(1000):
    parts.append(chr(97 + i % 26))
print("".join(parts)[:30], len(set(parts)))
