# _tokenize.TokenizerIter(readline, extra_tokens=True): the tuples tokenize.generate_tokens is built on
import _tokenize
import token

def reader(s):
    it = iter(s.splitlines(True))
    return lambda: next(it, "")

def show(src):
    print(repr(src))
    for t in _tokenize.TokenizerIter(reader(src), extra_tokens=True):
        print("  ", token.tok_name[t[0]], repr(t[1]), t[2], t[3], repr(t[4]))

show("x = 1\n")
show("x = 1")
show("# only comment\n")
show("# c")
show("if x:\n    y = 2  # trailing\n\n    z = (1,\n         2)\nw\n")
show("def f():\n    if a:\n        pass\n# dedent comment\n    return\n")
show("s = '''a\nb''' + \"é\"\n")
show("a = [\n  1, # one\n]\n")
show("x = 'é' + 'ü'; y = 2 # ñ\n")
show("\n\n  \nx\n")
show("x = 1 \\\n  + 2\n")
show("a+=1; b//=2; c**=3; d->e; f:=g; ...; h@i != j\n")
show("0x1F + 1_000.5e-3j + 0o17 + 0b1\n")
show("r'\\d' + b'\\x00' + rb'x' + u'u'\n")
show("async def f():\n    await x\n")
show("print(𝔘𝔫𝔦)\n")
show("x = 1\r\ny = 2\r\n")
