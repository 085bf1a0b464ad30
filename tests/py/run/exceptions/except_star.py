def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as g:
        print("values", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("types", [str(e) for e in g.exceptions])
run([ValueError("a"), TypeError("b"), ValueError("c")])
run([TypeError("only")])
try:
    run([KeyError("k")])
except ExceptionGroup as eg:
    print("unhandled", repr(eg.exceptions))
try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, repr(g.exceptions))
