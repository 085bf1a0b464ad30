# test: full-traceback
# An exception inside an inlined comprehension has no <listcomp> frame in its traceback.
def check(v):
    if v > 1:
        raise RuntimeError(f"value {v} too big")
    return v


def table(rows):
    return {k: [check(v) for v in vs] for k, vs in rows.items()}


print(table({"a": [0, 1]}))
table({"a": [0], "b": [1, 2]})
