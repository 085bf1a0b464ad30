class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)), "{0!r:>5}".format("x"), "{:,}".format(10 ** 9), "{:_b}".format(255))
print("%-6s|%6s|" % ("ab", "cd"), "%.3s" % "abcdef", "%5.1f%%" % 99.56, "%(x)s %(x)r" % {"x": "y"})
print("a{0}b{0}c".format("-"), "{:.0%}".format(0.256), "{:+.1e}".format(-12345.678), "{0:{1}}".format(3, "04"))
