# test: full-traceback
def gen():
    yield 1
    raise KeyError("inside generator")
for v in gen():
    print("got", v)
