print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j), "{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{literal}} {}".format(5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format()
except KeyError as e:
    print(repr(e))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
