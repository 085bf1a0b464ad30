print("ab".encode().hex(), "{:x}".format(255), "x".__len__(), "abc".__contains__("b"), "a".__add__("b"))
print("Hello World".split(maxsplit=0), " a b ".rsplit(None, 1), "A".ljust(0), "tEsT".swapcase())
print("aBc".upper().lower(), "Ünïcödé".casefold(), "ΣΑΣ".lower())
