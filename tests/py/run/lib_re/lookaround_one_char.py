import re

# Lookarounds whose body is one character (tested in place by the matcher) at the edges of the subject,
# of pos/endpos, with case folding, sets, categories and characters above 255.
print(re.findall(r"(?<=a)\w", "ab ac a"), re.findall(r"(?<!a)b", "ab bb b"))
print(re.findall(r"x(?=\d)", "x1 xa x"), re.findall(r"x(?!\d)", "x1 xa x"))
print(re.findall(r"(?<![\w.])\d+", "a1 .2 3 (4)"), re.findall(r"(?=[ab])", "abc"), re.findall(r"(?!a)", "ab"))
print(re.findall(r"(?i)(?<=k)\w", "ka Kb \u212ac"), re.findall(r"(?<=\u20ac)\d", "\u20ac1 $2 \u20ac3"))
print(re.findall(r"(?<=\U0001f600)x|y(?=\U0001f600)", "\U0001f600x y\U0001f600 x"))
print(re.findall(r"(?<=\s)\S", " a\tb\u3000c"), re.findall(r"(?a)(?<=\s)\S", " a\u3000c"))
print(re.findall(r"\b\w(?!\w)", "a bc d"), re.findall(r"(?<!^)x", "xxx"), re.findall(r"(?m)(?<=\n)x", "x\nx"))
print(re.findall(r"(?<=.)", "ab"), re.findall(r"(?s)(?<=.)$", "a\n"), re.findall(r"(?<!.)a", "aa\na"))
p = re.compile(r"a(?=b)")
print(p.search("ab", 0, 1), p.search("ab", 0, 2).span())
q = re.compile(r"(?<=a)b")
print(q.search("ab", 1).span(), q.match("ab", 1).span(), re.compile(r"(?<!a)b").match("ab", 1))
print(re.sub(r"(?<=[aeiou])(?=[^aeiou\s])", "-", "banana split"), re.split(r"(?<=,)(?=\S)", "a,b, c,d"))
print(re.findall(rb"(?<=\x00)[^\x00]", b"\x00a\x00\x00b"), re.findall(rb"(?i)(?<!a)B", b"aBcb"))
