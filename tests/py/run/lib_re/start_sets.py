import re

# Searches that can skip start positions: the first character of a match must come from a known set
# (optional prefixes, alternatives, lookarounds and anchors in front of it).
text = "alpha -12 beta=3.5 id=77 x=\"q r\" ip=10.1.2.3 END\nnext line 42\n"
for pat in [
    r"-?\d+(?:\.\d+)?",
    r"(\w+)=(\"[^\"]*\"|\S+)",
    r"(?:\d{1,3}\.){3}\d{1,3}",
    r"\b[a-z]{4,}\b",
    r"(?:cat|line|beta)s?",
    r"(?<=[=])\w+",
    r"(?<![\w.])\d+",
    r"(?=\d)\d\d",
    r"(?!a)[a-e]+",
    r"(?>[a-z]+)=",
    r"[a-z]++\b",
    r"x*$",
    r"\d*\Z",
    r"(?m)\w*$",
    r"(?:ab)*c|\d",
    r"(?:a|)\d",
    r"(?:-|\+)?\d+",
    r"(?i)END|NEXT",
    r"(?s).x",
]:
    print(pat, re.findall(pat, text), [m.span() for m in re.finditer(pat, text)][:6])

# pos and endpos move the end where `$` and `\Z` may match
p = re.compile(r"a*$")
print(p.search("xxaa\n", 0, 3), p.search("xxaa\n", 1), p.search("xxaa\n", 0, 2))
print(re.compile(r"\d+\Z").search("a1b22", 0, 4), re.compile(r"b?\Z").search("ab", 0, 1))

# empty matches: findall, sub and split advance past them as CPython does
print(re.sub(r"x*$", "-", "abxx"), re.sub(r"(?m)\d*$", "#", "a1\nb\n"), re.split(r"\s*", "a b  c"))
print(re.findall(r"(?:=|:)?$", "k=v\n"), re.subn(r"(?<=a)b*", "_", "abab"))

# characters above 255 are tested against the items of the set, not the 0..255 table
wide = "x\u0101\u212a\u03c9\u00e9\U0001f600k"
print(re.findall(r"(?i)k.", wide + "!"), re.findall(r"[\u0100-\u03ff]+", wide), re.findall(r"\w+", wide))
print(re.findall(r"(?i)(?:\u03a9|k)\w?", wide), re.search(r"\W", wide).span())
print(re.findall(r"(?a)\w+", wide), re.findall(r"[^\x00-\xff]", wide))

# bytes subjects
print(re.findall(rb"-?\d+", b"a-1 b22 c"), re.search(rb"(?i)[k-m]+\Z", b"xxKLm").span())

# a repeat whose tail can only begin at a few characters: backtracking skips the others
for s in ["key = value", "  k:v  ", " " * 3000 + "x", "novalue" + " " * 3000]:
    m = re.match(r"(?P<o>.*?)\s*(?:(?P<v>=|:)\s*(?P<x>.*))?$", s)
    print(m.span(), [len(g) if g is not None else None for g in m.groups()])
print(re.match(r"(a+)+b", "a" * 16 + "c"), re.match(r"(\w*) +(\w+)$", "ab  cd").groups())
print(re.search(r"\d+?(?:px|em)", "12 34px").group(), re.search(r"[a-z]*?\d", "abc9").group())
print(re.match(r"(?:x*y)*x*z", "xyxxyxz").span(), re.match(r"a*?(?=b)|c", "aaab").span())

# many alternatives beginning with characters above 255 (looked up, not tested one by one)
cjk = re.compile("(?:" + "|".join(chr(0x4E00 + i) + "x" for i in range(300)) + "|\u00e9|(?i:\u03c9)y)")
print(cjk.findall("\u4e00x\u4e01y \u4e2bx\u00e9\u03a9y\u0100x" * 3), cjk.search("\u4e00y\u5000x\u4e05x").span())
