print("a,b,,c".split(","), "a b  c ".split(), " x ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(3))), "ab".join("xyz"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
