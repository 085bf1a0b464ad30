# A coding declaration picks the source codec: Latin-1 maps every byte to the code point of the same
# value (0x80-0x9f included, unlike windows-1252), Latin-9 (aliases latin9, iso8859_15) has the euro sign.
for name in ("latin-1", "iso-8859-1", "latin9", "iso8859_15", "l9"):
    src = b"# -*- coding: " + name.encode() + b" -*-\ns = '\x80\xa4\xe9'\n"
    ns = {}
    exec(compile(src, "<src>", "exec"), ns)
    print(name, [hex(ord(c)) for c in ns["s"]])
for name in (b"latin-99", b"latin-9"):
    try:
        compile(b"# coding: " + name + b"\nx = 1\n", "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
