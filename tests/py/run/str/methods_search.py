s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.rfind("bra"), s.find("zz"), s.index("cad"), s.rindex("a"))
print(s.count("a"), s.count("bra"), s.count(""), s.startswith("abr"), s.endswith(("x", "ra")), s.startswith("a", 3))
try:
    s.index("zz")
except ValueError as e:
    print(e)
print("a" in s, "abc" in s, "" in s, s.find(""), s.find("", 20), s.rfind(""))
