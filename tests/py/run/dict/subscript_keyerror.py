# d[k] for a missing key of an exact dict: the KeyError's args, str and repr for keys of each kind, its
# traceback line, implicit chaining inside a handler, and dict subclasses (with and without __missing__)
# next to it; compiled (hot) and first-time code alike.
import traceback


def get(d, k):
    try:
        return d[k]
    except KeyError as e:
        return ("miss", e.args, str(e), repr(e))


d = {"a": 1, 2: "two", (3, 4): "pair", None: 0}
for k in ["a", "b", 2, 5, (3, 4), (4, 3), None, 2.0, True, "", ()]:
    print(repr(k), get(d, k))
for i in range(3000):
    r = get(d, i % 7)
print(r)


class WithMissing(dict):
    def __missing__(self, key):
        return f"default-{key}"


class Plain(dict):
    pass


print(WithMissing(a=1)["zz"], get(Plain(a=1), "zz"), get(Plain(a=1), "a"))
try:
    {}[[1]]
except TypeError as e:
    print(e)


def chained():
    try:
        raise ValueError("first")
    except ValueError:
        return {}["inner"]


try:
    chained()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])


# the error escapes two frames before it is caught
def lookup(d, k):
    return d[k]


def middle(d, k):
    return lookup(d, k) + 1


for i in range(1500):
    try:
        middle({0: 1}, i % 2)
    except KeyError as e:
        last = e
print(repr(last), [f.name for f in traceback.extract_tb(last.__traceback__)])
