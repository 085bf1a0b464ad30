# str()'s argument errors (unicode_new), str(x) keeping a str subclass returned by __str__, and the
# limits of '*' widths (ssize) and precisions (C int) in %-formatting.
def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class S(str): pass
class W:
    def __init__(s, v): s.v = v
    def __str__(s): return s.v
class R:
    def __init__(s, v): s.v = v
    def __repr__(s): return s.v
for label, f in [("str('too','many','argu','ments')", lambda: str("too", "many", "argu", "ments")), ("str(1,'','',1)", lambda: str(1, "", "", 1)),
  ("str(test=1)", lambda: str(test=1)), ("str(1, 1)", lambda: str(1, 1)), ("str(1, encoding=1)", lambda: str(1, encoding=1)), ("str(b'x', b'ascii')", lambda: str(b"x", b"ascii")),
  ("str(1, 1, 1)", lambda: str(1, 1, 1)), ("str(1, errors=1)", lambda: str(1, errors=1)), ("str(b'x', errors='strict')", lambda: str(b'x', errors='strict')),
  ("str(object=5)", lambda: str(object=5)), ("str(b'x', 'ascii', encoding='ascii')", lambda: str(b'x', 'ascii', encoding='ascii')), ("str(b'a', 'ascii', 'strict', errors='x')", lambda: str(b'a', 'ascii', 'strict', errors='x')),
  ("S(object='q')", lambda: S(object='q')), ("str(W(S('a')))", lambda: str(W(S('a')))), ("str(S('b'))", lambda: str(S('b'))), ("S(W(S('a')))", lambda: S(W(S('a')))),
  ("str(W(5))", lambda: str(W(5))), ("'%*s' % (2**64, '')", lambda: '%*s' % (2**64, '')), ("'%.*f' % (2**31, 1/7)", lambda: '%.*f' % (2**31, 1/7)), ("'%.*d' % (-2**31-1, 1)", lambda: '%.*d' % (-2**31-1, 1)),
  ("'%*d' % (-5, 1)", lambda: '%*d' % (-5, 1)), ("'%.*d' % (-5, 1)", lambda: '%.*d' % (-5, 1)), ("'%*s' % (2.0, 'a')", lambda: '%*s' % (2.0, 'a')),
]:
    show(label, f)
