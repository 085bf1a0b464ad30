b = b"abc"
for x in b:
    print(x, end=" ")
print()
print(b.index(b"c"), b.rindex(b"a"), b[-1], b[5:], list(reversed(b)), sorted(b"cba"), b.endswith((b"bc",)))
try:
    b[5]
except IndexError as e:
    print(e)
try:
    b.index(b"z")
except ValueError as e:
    print(e)
