# repr(), ascii() and str() return a str subclass that __repr__/__str__ returned as it is (PyObject_Repr,
# PyObject_ASCII for all-ASCII text, PyObject_Str and object.__str__).
class S(str): pass
class WithRepr:
    def __init__(s, v): s.v = v
    def __repr__(s): return s.v
class WithStr:
    def __init__(s, v): s.v = v
    def __str__(s): return s.v
for label, f in [("repr(WithRepr(S('<abc>')))", lambda: repr(WithRepr(S('<abc>')))), ("ascii(WithRepr(S('<abc>')))", lambda: ascii(WithRepr(S('<abc>')))),
   ("ascii(WithRepr(S('<\\xe9>')))", lambda: ascii(WithRepr(S('<\xe9>')))), ("str(WithRepr(S('<a>')))", lambda: str(WithRepr(S('<a>')))),
   ("S(WithRepr(S('<a>')))", lambda: S(WithRepr(S('<a>')))), ("str(WithStr(S('a')))", lambda: str(WithStr(S('a')))), ("repr(S('x'))", lambda: repr(S('x'))),
   ("repr(5)", lambda: repr(5)), ("ascii(2**70)", lambda: ascii(2**70)), ("repr(WithRepr(5))", lambda: repr(WithRepr(5))),
   ("f{WithRepr(S(\"q\"))!r}'", lambda: f'{WithRepr(S("q"))!r}'), ("'%r' % WithRepr(S('q'))", lambda: '%r' % (WithRepr(S('q')),))]:
    try:
        r = f(); print(label, type(r).__name__, r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
