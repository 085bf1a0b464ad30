for e in [Exception(), Exception("a"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError(),
          OSError(9999, "nf"), StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(repr(e), "|", str(e), "|", e.args)
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code)
