s = "hello"
print(s + " " + s, s * 3, 3 * "ab", s[1], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "ab" * 0, "ab" * -1)
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "H"
except TypeError as e:
    print(e)
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")), len(""))
