print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("x", ""))
t = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(t), str.maketrans({"a": "1"}), "banana".translate({ord("a"): None}))
print("hello".translate({104: "J", 111: "0"}))
