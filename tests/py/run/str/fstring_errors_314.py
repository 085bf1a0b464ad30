# f-string syntax errors and warnings as CPython 3.14's tokenizer and parser report them (message, line,
# columns), raw f-strings with escaped quotes, string prefixes that cannot combine, `\{` escapes.
import warnings


def attempt(src, mode="eval"):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            code = compile(src, "<s>", mode)
        r = eval(code) if mode == "eval" else None
        print(repr(src), "->", repr(r), [str(x.message)[:40] for x in w])
    except SyntaxError as e:
        print(repr(src), "!!", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


# raw f-strings: a backslash keeps the quote after it in the string
for src in [r"""fr'\"\''""", r"""fr'\'\"'""", r"""rf"\"\"" """, r"""fr'\'' '\\'""", r"""fr'\{1}'""",
            r"""fr'a\\'""", r"""Fr'\''""", r"""f'{1}\''""", r"""rf'\'""", r"""fr'''\''''"""]:
    attempt(src)
# backslash before a brace
for src in [r"f'\{1}'", r"f'\}}'", r"f'a\{{'", r"f'\d{1}'"]:
    attempt(src)
# prefixes
for src in ["bf''", "fb''", "uf''", "Fu''", "ur''", "rfu''", "bt''", "tf''", "ub''", "Rb''", "bR''", "tr''"]:
    attempt(src)
# replacement fields
for src in ["f'{1#}'", "f'{#}'", "f'{)#}'", "f'{3)+(4}'", "f'{3' f\"}\"", "f'{3!'", "f'{3!}'", "f'{3!:}'",
            "f'{3! s}'", "f'{3!x}'", "f'{3!ss}'", "f'{3!1}'", "f'{\"s\"!r{\":10\"}}'", "f'{4:{/5}}'",
            "f'{lambda x:x}'", "f'{lambda :}'", "f'{1, lambda:x}'", "f'{(lambda x: x)(3)}'", "f'{x'",
            "f'{'", "f'{{{'", "f'{i='", "f'{3:{{>10}'", "f'{!'", "f'{:'", "f'{='", "f'{.}'", "\nf'{.}'",
            "f'{1:d\n}'", "f'{1:'", "x = f'{1:abc'", "f'''", "f'{,}'", "f'{1=}{;'", "f'{1=}{+;'",
            "f'{1;'", "f'{1=;'", "f'{1 $ 1}'", "f'\\N{'", "f'\\N{GREEK CAPITAL LETTER DELTA'", "f'\\x'",
            "f'ab\\x1'", "f'{1}ab\\N{'", "'\\N{}'", "'ab\\N{foo'", "'\\Nx'", "t'{lambda x:x}'", "t'{3!}'",
            "f'{1\n}'", "f'''{1#\n}'''", "(f'{1#}'", "f'{(", "'abc\\'", "f'''abc\\'''"]:
    attempt(src, "exec" if src.startswith(("x =", "\n")) else "eval")
for src in ["1 $ 2", "a ? b", "`a`", "\\", "x = 1 \\", "x = (1,\\"]:
    attempt(src)
    attempt(src, "exec")
