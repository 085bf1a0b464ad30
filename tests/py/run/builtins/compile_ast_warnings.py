# compile() of an AST object gives the code generator's SyntaxWarnings as compiling the source does
# (PEP 765's 'return' in a 'finally' block, "is" with a literal).
import ast, warnings
src = "def f():\n    try:\n        pass\n    finally:\n        return 42\n"
for what in (src, ast.parse(src)):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(what, "<string>", "exec")
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
tree = ast.parse("x = 1 is 1\n")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(tree, "<string>", "exec")
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
