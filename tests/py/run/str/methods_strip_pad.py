print(repr("  x  ".strip()), repr("xxhixx".strip("x")), repr("  x ".lstrip()), repr(" x  ".rstrip()), repr("abcba".strip("ab")))
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(0)))
