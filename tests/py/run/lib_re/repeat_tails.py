import re

# A single-character repeat backtracks (greedy) or extends (lazy) only to where its tail can begin:
# tails that start with a group, an alternation, an optional part, a lookaround or an anchor.
s = "key: value  = 12;  other=x y\n"
for pat in [
    r"\w+(=|:)", r"\w+(?:\s*[=:])", r"[^;]*(?:;|$)", r".*(?=\d)", r".*(?<=\d)", r"\w*(?!\w)\s",
    r".*?(?:=|;)", r".{2,5}?(?:e|y)", r".{0,3}?\d", r"\s*?(?:x|$)", r"a*?(?:b|c)?$", r"\S+?(?=\s|$)",
    r"[a-z]+(?:(?P<eq>=)|(?P<col>:))", r"[a-z]{2,4}\b", r"\w+?\b", r"(?m).*$", r".*\Z", r".+?\n",
    r"[ \w]+(?i:V)", r"[ \w]+(?=[xy])x", r"\w++(?:=|:)", r"(?:\w)+(?:=|:)", r"\d+(?:;|,)?\s",
]:
    print(pat, [m.span() for m in re.finditer(pat, s)][:8], re.findall(pat, s)[:5])

# the repeat's bounds still hold when positions are skipped
print(re.match(r"a{2,3}?b", "aaaab"), re.match(r"a{2,3}?b", "aaab").span(), re.match(r"a{0,1}?c", "aac"))
print(re.match(r".{3,4}?(?:x|y)", "abcdx").span(), re.match(r".{3,4}?(?:x|y)", "abcdex"))
print(re.match(r"a{3,}(?:x|$)", "aaaa").span(), re.match(r"a{3,5}(?:x|b)", "aaaaaaab"))
print(re.match(r"(?s).*?(?:\n|$)", "ab\ncd").span(), re.fullmatch(r"[ab]*?(?:ab|ba)", "abab").span())
print(re.match(r"[ab]*(?:c|d)?", "ababx").span(), re.search(r"x*(?:y|z)", "aaxxxz").span())
print(re.sub(r"\s+(?=[,.;])", "", "a , b ; c ."), re.sub(r"(\w+?)(?:ing|ed)\b", r"\1", "walking talked sing"))
print(re.findall(r"\d+?(?:\.\d+)?(?:e|E)", "1.5e 22E 3x"), re.findall(r"[a-z]+?(?=[A-Z]|$)", "camelCaseWord"))
