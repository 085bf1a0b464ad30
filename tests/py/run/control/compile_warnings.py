# The compiler's SyntaxWarnings: 'is' with a literal, calling or subscripting a literal, a literal index of
# the wrong type, and return/break/continue in a finally block (PEP 765); a warning the filters turn
# into an error is a SyntaxError; numbers run into a keyword ('1if') warn, other letters are errors.
import warnings
srcs = ["x is 1", "x is not 'a'", "1 is x", "x is None", "x is ()", "x is y is 2", "x is -1", "x is b''", "x is 1.5",
        "(1, 2)(3)", "[1](2)", "'a'(1)", "f'x'()", "None()", "x()",
        "5[0]", "{1}[0]", "None[0]", "'abc'['x']", "[1, 2]['a']", "(1,2)[1.5]", "'abc'[0]", "x['a']", "'a'[x]",
        "True[0]", "(lambda: 1)[0]", "b'ab'[None]"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<t>", "eval")
    print(repr(src), [str(x.message) for x in w])
fin = """
def f():
    try:
        pass
    finally:
        return 1
def g():
    for i in range(3):
        try:
            pass
        finally:
            break
def h():
    try:
        pass
    finally:
        for i in range(3):
            continue
        def inner():
            return 2
"""
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(fin, "<fin>", "exec")
print([(str(x.message), x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x is 1", "<t>", "eval")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
for src in ["1 if 1else 0", "0xfor x", "[0x1for x in ()]", "1in x", "1.5is x", "1jor 2", "0b1and 1", "0o7if 1 else 2"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<t>", "eval")
    print(repr(src), [str(x.message) for x in w], [x.category.__name__ for x in w])
for src in ["1abc", "0x1z", "0b12", "12jx", "0xg", "1_000_"]:
    try:
        compile(src, "<t>", "eval")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.offset)
print(eval("1 if 1else 0"), eval("[0x1for x in (1, 2)]"))
