# test: full-traceback
def parse(s):
    return int(s)
def load(items):
    return [parse(x) for x in items]
values = {"k": ["1", "2", "three"]}
result = load(values["k"])
