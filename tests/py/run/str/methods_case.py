s = "Hello World ß"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("hello wORLD".capitalize(), "they're bill's".title(), "ǅ".lower(), "ﬁ".upper())
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "abc1".isalnum(), "abc".isalpha(), "123".isdigit())
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), " \t\n".isspace(), "".isspace(), "a_b".isidentifier(), "x".isascii(), "é".isascii())
print("Hello".isprintable(), "a\n".isprintable())
