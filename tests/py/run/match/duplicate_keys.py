# Mapping-pattern keys that compare equal are duplicates (0, False, 0.0, -0, 0j), and the
# message names the later key; complex literals need a real left part.
srcs = [
    "{0: _, False: _}",
    "{0: _, 0.0: _}",
    "{0: _, -0: _}",
    "{0: _, 0j: _}",
    "{1: _, True: _}",
    "{'a': _, 'a': _}",
    "{b'a': _, 'a': _}",
    "{-0.0: _, 0: _}",
    "{None: _, None: _}",
    "{1-2j: _, 1-2j: _}",
    "{1.5: _, 3/2: _}",
    "{2: _, 2.5: _, 2.0: _}",
    "{b'x': _, b'x': _}",
    "{0j+0j: _}",
    "0j+0j",
    "-0j+0j",
    "0 + 0j + 0",
    "1 + 2",
    "{**_}",
    "(*y)",
    "(*y,)",
]
for pat in srcs:
    try:
        compile(f"match x:\n case {pat}:\n  pass", "<t>", "exec")
        print(pat, "OK")
    except SyntaxError as e:
        print(pat, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

match {0: "a", 1.5: "b", 2: "c"}:
    case {0.0: a, 1.5: b, True: c}:
        print("no", a, b, c)
    case {False: a, 2.0: c}:
        print(a, c)
