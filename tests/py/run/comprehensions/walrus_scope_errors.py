# Which walruses a comprehension rejects: names assigned by subscript/attribute targets are not
# iteration variables; scopes nested in an iterable (lambda, comprehension) count as the iterable;
# a list/set display followed by `for` asks for parentheses.
def check(src):
    for mode in ("module", "class", "function"):
        code = src if mode != "function" else f"lambda: {src}"
        try:
            if mode == "class":
                exec(code, {}, {})
            else:
                exec(code, {})
            r = "ok"
        except SyntaxError as e:
            r = f"SyntaxError: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
        except NameError as e:
            r = f"NameError: {e}"
        print(f"{mode:8} {src!r}: {r}")


for name in "cdefghij":
    check(f"[({name} := 1) for a, (*b, c[d+e::f(g)], h.i) in j]")
check("[i for i in (lambda: (j := range(5)))()]")
check("[i for i in [j for j in range(5) if (j := True)]]")
check("[i for i in [(j := True) for j in range(5)]]")
check("{i for i in (lambda: (j := range(5)))()}")
check("[(b := 1) for a in range(2) for b in range(2)]")
check("[a for a in range(2) if (b := a)]")
for src in ["[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]", "[x, y for x in z]", "{x, y for x in z}",
            "[x, for x in z]", "{x, for x in z}", "[x, y, *z for x in z]", "[x, y async for x in z]"]:
    try:
        compile(src, "<t>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

print([y for x in range(3) if (y := x * 2) > 1], y)
