# types (SimpleNamespace, MappingProxyType, new_class, MethodType, coroutine types), inspect (signature,
# parameters, getmembers, isfunction/isclass, getsource of a builtin fails, cleandoc, unwrap),
# traceback (format_exception, extract_tb, TracebackException, print_exc to a buffer).
import functools
import inspect
import io
import traceback
import types

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[3]))
mp = types.MappingProxyType({"k": 1})
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update({"hi": lambda self: "hi"}))
print(C().hi(), types.FunctionType, isinstance(len, types.BuiltinFunctionType))


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc line.

        indented
    """
    return "x"


sig = inspect.signature(f)
print(sig, [(p.name, p.kind.name, p.default is p.empty) for p in sig.parameters.values()], sig.return_annotation)
print(sig.bind(1, c=3).arguments, inspect.cleandoc(f.__doc__))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C().hi), inspect.isgeneratorfunction(f))
print([n for n, _ in inspect.getmembers(C) if not n.startswith("__")], inspect.getfullargspec(f).kwonlyargs)


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.unwrap(wrapper) is f, wrapper.__name__, wrapper.__doc__.splitlines()[0])


def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    tb = e.__traceback__
    print([fs.name for fs in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(len(list(te.format())) > 3, te.exc_type_str if hasattr(te, "exc_type_str") else te.exc_type.__name__)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    lines = traceback.format_exception(e)
    print(any("direct cause" in l for l in lines), lines[-1])
