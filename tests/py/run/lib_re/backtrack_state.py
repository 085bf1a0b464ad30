import re

# What a failed branch or repeat leaves behind must be undone: groups, lastindex and counts come back
# as they were when the matcher backtracks out of deep nesting.
n = 20000
s = "ab" * n
print(re.match(r"(?:[ab]x?)*c", s), re.match(r"(?:[ab]x?)*c", s + "c").span())
m = re.match(r"(?:(a)|(b))*c", s + "c")
print(m.span(), m.groups(), m.lastindex, m.span(1), m.span(2))
m = re.match(r"(?:(a)|(b))*?(ba)?$", s)
print(m.span(), m.groups(), m.lastindex)
m = re.match(r"((a)|b)+?(b)$", "abab")
print(m.groups(), m.lastindex, m.regs)
m = re.match(r"(?:(x)|(a)b)*(?:ab|(c))", "ababab")
print(m.group(0), m.groups(), m.lastindex)
m = re.match(r"(?:(a)b|a(b))*?(ab)$", "ababab")
print(m.groups(), m.lastindex)
print(re.match(r"(a)*?(?(1)b|c)", "aab"), re.match(r"(a)*(?(1)b|c)", "aab").groups())

# repeat counts of nested REPEATs are restored after a failed inner attempt
m = re.match(r"(?:(?:a{2,3}){2}b)+", "aaaaab" * 3 + "aaab")
print(m.span())
print(re.fullmatch(r"(?:a{1,2}?b){3,}", "abaabab" * 50 + "ab").span())
print(re.match(r"((?:ab){2,}?)(ab)*c", "ab" * 10 + "c").groups())

# characters beyond the BMP and above 255 in literal tails and counts
t = "\u20ac" * 5 + "\U0001f600" + "x"
print(re.match(r"\u20ac*\U0001f600", t).span(), re.match(r".*?\U0001f600(x)", t).groups())
print(re.search(r"[\u20ac\U0001f600]+x", "ab" + t).span(), re.findall(r"\u20ac{2}", t))
print(re.match(r"(\u20ac+?)\u20ac\U0001f600", t).group(1) == "\u20ac" * 4)
