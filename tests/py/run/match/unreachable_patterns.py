# SyntaxErrors for irrefutable patterns that make later ones unreachable, with CPython's locations.
srcs = [
    "match x:\n case _ | _:\n  pass",
    "match x:\n case (_ as y) | [y]:\n  pass",
    "match x:\n case _ | _ if c():\n  pass",
    "match x:\n case (None | _) | _:\n  pass",
    "match x:\n case _ | (True | False):\n  pass",
    "match x:\n case y | [_ as y] if y:\n  pass",
    "match x:\n case y:\n  pass\n case 1:\n  pass",
    "match x:\n case _:\n  pass\n case 1:\n  pass",
    "match x:\n case [_ | _]:\n  pass",
    "match x:\n case C(a, b) | _:\n  pass\n case 2:\n  pass",
    "match x:\n case [y] | [*y]:\n  pass",
    # valid: irrefutable only last, under a guard, or inside a sequence/mapping/class
    "match x:\n case 1 | _:\n  pass",
    "match x:\n case y if y:\n  pass\n case _:\n  pass",
    "match x:\n case [_, y]:\n  pass\n case {1: _}:\n  pass\n case C(_, d=_):\n  pass\n case _:\n  pass",
    "match x:\n case (1 | 2) as y:\n  pass\n case 3:\n  pass",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("OK")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)


def f(v):
    match v:
        case 1 | 2 if v > 1:
            return "two"
        case (3 | _) as w if w == 5:
            return "five"
        case _:
            return "other"


print([f(v) for v in (1, 2, 3, 5)])
