# symtable over whole standard-library modules: every scope's type, name, line, nesting, raw symbol flags and
# varnames, digested per module (any difference from CPython's tables changes the digest).
import symtable, importlib.util, hashlib

def digest(t, out):
    out.append(f"{t.get_type().value}|{t.get_name()}|{t.get_lineno()}|{t.is_nested()}|"
               f"{sorted(t._table.symbols.items())}|{t._table.varnames}")
    for c in t.get_children():
        digest(c, out)

for m in ["textwrap", "string", "difflib", "dataclasses", "typing", "pprint", "fractions", "enum", "inspect",
          "argparse", "statistics", "annotationlib", "re._parser", "tomllib._parser"]:
    src = importlib.util.find_spec(m).loader.get_source(m)
    out = []
    digest(symtable.symtable(src, m + ".py", "exec"), out)
    print(m, len(out), hashlib.sha256("\n".join(out).encode()).hexdigest()[:16])
