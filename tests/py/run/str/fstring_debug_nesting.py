# Self-documenting f-string fields keep the text between `{` and the conversion/spec/`}` (whitespace and
# newlines, comments removed); nesting limits of replacement fields and of f-strings; "Perhaps you forgot
# a comma?" inside a field; f'' compiles to the constant ''.
import dis

x = 1
for s in ['f"{1+2 = # my comment\n  }"', 'f"{\'#\' = }"', 'f"{ 1 # c\n + 2 = }"', 'f"{x = !r}"', 'f"{x = :>5}"',
          'f"{\'a#b\' # c\n = }"', "f'''{\n3\n=}'''", "f'{ 3 = }'", "f'''{3\n=}'''", 'f"{x=}"', 'f"{x  =  }"',
          "f'{\"a\\\"#\" = }'", 't"{ x = }".strings']:
    print(repr(s), repr(eval(s)))


def create_nested_fstring(n):
    if n == 0:
        return "1+1"
    return f'f"{{{create_nested_fstring(n - 1)}}}"'


for s in ['f"{1+2:{1+2:{1+1:{1}}}}"', 'f"{1+2:{1+2:{1}}}"', 'f"{x:{x:{x:{x}}}}"', 'f"ab{x:{x:{x:{x}}}}"',
          't"{x:{x:{x:{x}}}}"', create_nested_fstring(149), create_nested_fstring(150),
          'f"{1 1:' + ('{f"1:' * 199), 'f"{1 1}"', 'f"{1 1:x}"', 'f"{a b}"', 'f"{1;}"']:
    try:
        r = eval(s)
        print(repr(s[:40]), "->", repr(r)[:40])
    except SyntaxError as e:
        print(repr(s[:40]), "!!", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def get_code(s):
    return [(i.opname, i.oparg) for i in dis.get_instructions(s)]


for s in ["", "some string"]:
    print(get_code(f"'{s}'") == get_code(f"f'{s}'"), get_code(f"f'{s}'"))
