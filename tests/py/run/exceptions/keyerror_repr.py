try:
    {}[("a", 1)]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    {}[""]
except KeyError as e:
    print(e)
d = {}
d[0]
