# PEP 758: `except A, B:` without parentheses parses with feature_version 3.14 only; with 'as' the
# types must be parenthesized whatever the version. Error positions follow CPython's grammar actions.
import ast

def check(code, minor):
    try:
        tree = ast.parse(code, feature_version=(3, minor))
        print(minor, "ok", ast.dump(tree.body[0].handlers[0].type))
    except SyntaxError as e:
        print(minor, "SyntaxError", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

plain = "try:\n    ...\nexcept ValueError, TypeError:\n    ...\n"
star = "try:\n    ...\nexcept* ValueError, TypeError:\n    ...\n"
paren = "try:\n    ...\nexcept (ValueError, TypeError):\n    ...\n"
as_name = "try:\n    ...\nexcept ValueError, TypeError as e:\n    ...\n"
for code in (plain, star, paren, as_name):
    for minor in (14, 13, 10):
        check(code, minor)

# other version checks report the token after the construct
for code, minor in [("(x := 0)", 7), ("type X = int", 11), ("match x:\n    case 1:\n        pass\n", 9),
                    ("x: int = 3", 5), ("def f(a, /):\n    pass\n", 7), ("t'a'\n", 13)]:
    try:
        ast.parse(code, feature_version=(3, minor))
    except SyntaxError as e:
        print(e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
