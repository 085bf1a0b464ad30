# A slot wrapper (str.__eq__, int.__add__, ...) called on an object of another type says it "requires a
# 'str' object but received a 'X'"; a method descriptor (list.append) keeps "doesn't apply to".
def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError", e)

class A(int):
    pass

attempt("str.__eq__", lambda: str.__eq__(A(), A()))
attempt("str.__add__", lambda: str.__add__(1, "x"))
attempt("int.__add__", lambda: int.__add__("x", 1))
attempt("int.__add__ sub", lambda: int.__add__(A(2), 3))
attempt("dict.__len__", lambda: dict.__len__([]))
attempt("list.append", lambda: list.append((), 1))
attempt("object.__repr__", lambda: type(object.__repr__).__name__)
attempt("float.__neg__", lambda: float.__neg__(1))
