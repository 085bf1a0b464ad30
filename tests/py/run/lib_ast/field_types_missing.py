# An AST subclass whose _field_types lacks one of its _fields: constructing it without that field warns
# (DeprecationWarning naming the field by its repr) and leaves the class default in place.
import ast
import warnings

class MoreFieldsThanTypes(ast.AST):
    _fields = ("a", "b")
    _field_types = {"a": int | None}
    a: int | None = None
    b: int | None = None

class BadFields(ast.AST):
    _fields = (b"\xff" * 4,)
    _field_types = {"a": int}

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    obj = MoreFieldsThanTypes()
    bad = BadFields()
for w in caught:
    print(w.category.__name__, w.message)
print(obj.a, obj.b)
obj = MoreFieldsThanTypes(a=1, b=2)
print(obj.a, obj.b)
