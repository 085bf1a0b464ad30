class contextmanager_like:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        return False
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError:
        print("handled in gen")
    print(f"</{name}>")
with contextmanager_like(tag("b")) as t:
    print("text", t)
with contextmanager_like(tag("i")):
    raise ValueError
