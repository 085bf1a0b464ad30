print("a-b-c".rsplit("-"), "a-b-c".rsplit("-", maxsplit=1), "x".center(4), "abc".ljust(2), "CamelCaseWord".swapcase())
print("ß".upper(), "İ".lower(), len("İ".lower()), "straße".casefold() == "strasse", "ǈ".istitle(), "Σ".lower())
print("hello world".count("o", 5), "hello".index("l", 3), "hello".rfind("l", 0, 3), "a\u00a0b".split(), "a\x1cb".split())
print(" ".isprintable(), "\u00ad".isprintable(), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), "x²".isidentifier())
