# Source files in encodings that only the codec registry knows (PEP 263 coding lines: utf-7 by its alias
# U7, mac-roman, cp1252), and the coding lines CPython refuses: an alias of utf-8 or another codec after a
# UTF-8 BOM, and an unknown codec. Compiled from bytes, imported, and run by py_compile.
import os
import py_compile
import sys
import tempfile

folder = tempfile.mkdtemp()


def attempt(name, data):
    path = os.path.join(folder, name + ".py")
    with open(path, "wb") as f:
        f.write(data)
    try:
        ns = {}
        exec(compile(data, path, "exec"), ns)
        print(name, "ok", repr(ns.get("x")))
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg)


attempt("u7", b"#coding: U7\nx = '+AOkA6Q-'\n")
attempt("utf7_cr", b"#coding: U7\nx = 1 +AA0\n")
attempt("macroman", "# coding: mac-roman\nx = '\u00e9\u00fc'\n".encode("mac-roman"))
attempt("cp1252", "# vim: set fileencoding=cp1252 :\nx = '\u20ac'\n".encode("cp1252"))
attempt("bom_utf8", b"\xef\xbb\xbf#coding: utf8\nx = 1\n")
attempt("bom_utf_8", b"\xef\xbb\xbf#coding: utf-8\nx = 2\n")
attempt("bom_latin", b"\xef\xbb\xbf#coding: latin-1\nx = 3\n")
attempt("unknown", b"#coding: nosuchcodec\nx = 4\n")
attempt("utf8alias", b"#coding: utf8\nx = 6\n")

sys.path.insert(0, folder)
import u7
import macroman

print("imported", u7.x, macroman.x)
print("py_compile", os.path.basename(py_compile.compile(os.path.join(folder, "u7.py"), doraise=True)) != "")
print("py_compile refuses", py_compile.compile(os.path.join(folder, "bom_utf8.py"), doraise=False, quiet=2))
try:
    py_compile.compile(os.path.join(folder, "unknown.py"), doraise=True)
except py_compile.PyCompileError as e:
    print("PyCompileError", type(e.exc_value).__name__, e.exc_value.msg)
