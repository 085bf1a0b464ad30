# Dict and set comprehensions inlined: evaluation order of key and value, duplicate keys, results.
log = []


def k(v):
    log.append(f"k{v}")
    return v % 2


def v(x):
    log.append(f"v{x}")
    return x


d = {k(i): v(i) for i in range(4)}
print(d, log)
log.clear()
s = {k(i) for i in range(3)}
print(sorted(s), log)


def func(words):
    word = "outer"
    by_len = {len(word): word for word in words}
    first = {word[0] for word in words}
    return by_len, sorted(first), word


print(func(["a", "bb", "cc"]))


def unhashable():
    key = "saved"
    try:
        return {key: 1 for key in [[1]]}
    except TypeError as e:
        return str(e), key


print(unhashable())


def dict_from_pairs(pairs):
    return {a: b for a, b in pairs}, {b: a for a, b in pairs if b}


print(dict_from_pairs([("x", 1), ("y", 0)]))
