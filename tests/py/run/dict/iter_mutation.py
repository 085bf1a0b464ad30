# Mutating a dict or set while iterating over it: CPython's RuntimeErrors, and what stays allowed.


def run(label, body):
    try:
        out = body()
        print(label, "ok", out)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def same_key_readded(view):
    d = {0: 0}
    seen = []
    for x in view(d):
        seen.append(x)
        del d[0]
        d[0] = 0
    return seen


for name, view in [
    ("dict", lambda d: d),
    ("keys", dict.keys),
    ("values", dict.values),
    ("items", dict.items),
    ("reversed", lambda d: reversed(d)),
]:
    run(name + " readd", lambda: same_key_readded(view))


def grow(view):
    d = {0: 0, 1: 1}
    for x in view(d):
        d[len(d) + 10] = 0


def shrink(view):
    d = {0: 0, 1: 1, 2: 2}
    for x in view(d):
        d.pop(2, None)


for name, view in [("dict", lambda d: d), ("keys", dict.keys), ("values", dict.values), ("items", dict.items)]:
    run(name + " grow", lambda: grow(view))
    run(name + " shrink", lambda: shrink(view))


def replace_values():
    d = dict.fromkeys(range(5), 0)
    for k in d:
        d[k] = k * k
    return d


run("replace values", replace_values)


def swap_other_key():
    # size unchanged, another key deleted and a new one added: CPython iterates on without an error
    d = {0: 0, 1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        if k == 0:
            del d[2]
            d[3] = 3
    return seen


run("swap other key", swap_other_key)


def popitem_then_add():
    d = {0: 0, 1: 1}
    seen = []
    for k in d:
        seen.append(k)
        if k == 0:
            d.popitem()
            d[5] = 5
    return seen


run("popitem then add", popitem_then_add)


def sticky():
    d = {0: 0, 1: 1}
    it = iter(d)
    next(it)
    d[2] = 2
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    del d[2]
    try:
        msgs.append(next(it))
    except RuntimeError as e:
        msgs.append(str(e))
    return msgs


run("sticky", sticky)


def clear_in_loop():
    d = {0: 0, 1: 1}
    for k in d:
        d.clear()


run("clear", clear_in_loop)


def exhausted_then_mutated():
    d = {0: 0}
    it = iter(d)
    out = list(it)
    d[1] = 1
    return out, list(it)


run("exhausted", exhausted_then_mutated)


def length_hint_after_change():
    import operator
    d = {0: 0, 1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    a = operator.length_hint(it)
    d[9] = 9
    return a, operator.length_hint(it)


run("length_hint", length_hint_after_change)


def many_deletes_and_adds():
    d = dict.fromkeys(range(30))
    seen = 0
    for k in d:
        seen += 1
        if seen == 1:
            for j in range(1, 20):
                del d[j]
            for j in range(100, 119):
                d[j] = None
    return seen


run("many deletes and adds", many_deletes_and_adds)


def set_grow():
    s = {1, 2}
    for x in s:
        s.add(7)


def set_same_size():
    s = {1}
    out = []
    for x in s:
        out.append(x)
        s.discard(1)
        s.add(2)
    return out


def frozenset_ok():
    return sorted(x for x in frozenset({3, 1, 2}))


def set_sticky():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(3)
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    s.discard(3)
    try:
        next(it)
    except RuntimeError as e:
        msgs.append(str(e))
    return msgs


run("set grow", set_grow)
run("set same size", set_same_size)
run("frozenset", frozenset_ok)
run("set sticky", set_sticky)


def set_update_self_iter():
    s = {1, 2, 3}
    for x in s:
        s.remove(x)


run("set remove", set_update_self_iter)


def reversed_popitem_then_add():
    d = {0: 0, 1: 1}
    r = reversed(d)
    d.popitem()
    d[5] = 5
    return list(r)


run("reversed popitem", reversed_popitem_then_add)
