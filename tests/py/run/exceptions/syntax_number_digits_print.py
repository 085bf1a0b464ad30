# Bad digits in binary/octal literals, also right after an underscore ("invalid digit '2' in binary
# literal" at the digit), and Python 2 print/exec statements before a dict or `...`.
for s in ["0b12", "0b1_2", "0b2", "0b", "0b1_", "0b101j", "0o18", "0o1_8", "0o8", "0o", "0o1_", "0x1_",
          "0x", "1_", "012", "1e1_", "1_000_", "09_99", "0b1__1", "1__0", "0x1g", "0o1a", "0b1a"]:
    try:
        compile(s, "<t>", "eval")
        print("ok", s)
    except SyntaxError as e:
        print(s, "->", e.msg, e.offset, e.end_offset)
for s in ["print {1:foo}", "exec {1:foo}", "if 1: print {1:foo}", "print ...", "print 'x'", "print -1",
          "print [1]"]:
    try:
        compile(s, "<t>", "exec")
        print("ok", s)
    except SyntaxError as e:
        print(s, "->", e.msg, e.offset, e.end_offset)
