# The classes of the _ast module: hierarchy, _fields, _attributes, _field_types, docs, class defaults
import ast
import _ast

names = sorted(n for n in dir(_ast) if not n.startswith("__"))
print(len(names))
print(names)
print(ast.AST, ast.AST.__module__, ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
for name in ["Module", "FunctionDef", "Name", "Constant", "arguments", "arg", "keyword", "comprehension",
             "ExceptHandler", "MatchAs", "TypeVar", "Interpolation", "Dict", "ImportFrom", "withitem"]:
    cls = getattr(ast, name)
    print(name, cls.__mro__[1].__name__, cls._fields, cls.__match_args__, cls._attributes)
    print("  doc:", cls.__doc__)
    print("  types:", cls._field_types)
    print("  defaults:", {f: getattr(cls, f, "<none>") for f in cls._fields})
for base in ["mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
             "excepthandler", "pattern", "type_ignore", "type_param"]:
    cls = getattr(ast, base)
    print(base, cls._fields, cls._attributes, getattr(cls, "end_lineno", "-"))
    print(cls.__doc__)
print(issubclass(ast.Add, ast.operator), issubclass(ast.Load, ast.expr_context), issubclass(ast.Name, ast.expr))
print(isinstance(ast.Name("x"), ast.AST), isinstance(ast.Load(), ast.Store))
print(ast.Load() is ast.Load(), type(ast.Load()).__name__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
print(ast.Name.__annotations__ == ast.Name._field_types)
print(ast.Module.__name__, ast.Module.__qualname__, ast.Module.__module__)
