# Invalid escape sequences: the SyntaxWarning names the line of the escape; with warnings as
# errors the SyntaxError drops "Such sequences will not work in the future." and points at the
# escape (CPython's column rules, quirks for bytes prefixes included); octal escapes > 0o377.
import warnings

sources = [
    "'''\n\\z'''",
    "'''\n\\407'''",
    "b'''\n\\z'''",
    "b'''\n\\407'''",
    "'ab\\z'",
    "x = 1\ny = 'a' 'b\\q'",
    "'\\8'",
    "b'\\777'",
    "b'a\\z'",
    "rb'\\z' + 'x\\y'",
    "'''x\nab\\z'''",
    "u'\\z'",
    "'\\z' '\\y'",
    "'\\e' $",
]
for src in sources:
    print(repr(src))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", category=SyntaxWarning)
        try:
            compile(src, "<string>", "exec")
        except SyntaxError as e:
            print("  SyntaxError", repr(e.msg), e.lineno, e.offset)
    for x in w:
        print("  warning", x.category.__name__, x.lineno, x.filename, str(x.message))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", category=SyntaxWarning)
        try:
            compile(src, "<string>", "exec")
        except SyntaxError as e:
            print("  error", repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    print("  recorded", len(w))

with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=SyntaxWarning)
    print([eval(r"'\%o'" % i) == chr(i) for i in (0o400, 0o777)], eval(r"b'\777'"))
