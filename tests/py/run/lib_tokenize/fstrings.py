# _tokenize on f-strings and t-strings: FSTRING_START/MIDDLE/END, format specs, escaped braces
import _tokenize
import token

def reader(s):
    it = iter(s.splitlines(True))
    return lambda: next(it, "")

def show(src):
    print(repr(src))
    for t in _tokenize.TokenizerIter(reader(src), extra_tokens=True):
        print("  ", token.tok_name[t[0]], repr(t[1]), t[2], t[3])

for s in ['f"{x:}"\n', 'f"{x:{y}{z}}"\n', 'f"{x:a{y}b}"\n', 'f"{x:{y}}"\n', 'f"{x!r}"\n',
          'f"a{{b}}c"\n', 'f"""a\n{{b\n}}"""\n', "f'{x!r:>10} {y=}'\n", 't"{a} and {b:.2f}"\n',
          "f'{\"nested\"}' f'{x:{w}.{p}f}'\n", "rf'\\d{x}'\n", "f'é{ü}ö'\n"]:
    show(s)
