def inner():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
    return 5
def outer():
    r = yield from inner()
    yield f"outer sees {r}"
g = outer()
next(g)
print(g.throw(ValueError))
print(next(g))
def closer():
    try:
        yield
    finally:
        print("inner closed")
def deleg():
    yield from closer()
d = deleg(); next(d); d.close()
