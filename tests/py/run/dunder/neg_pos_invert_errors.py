for op, f in [("-", lambda v: -v), ("+", lambda v: +v), ("~", lambda v: ~v), ("abs", abs)]:
    try:
        f("s")
    except TypeError as e:
        print(op, e)
try:
    ~1.5
except TypeError as e:
    print(e)
