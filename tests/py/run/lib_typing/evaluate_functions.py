# evaluate_bound / evaluate_constraints / evaluate_default / evaluate_value of PEP 695 parameters and aliases
# (lazy functions) and of constructed ones (typing._ConstEvaluator), through annotationlib's formats;
# weak references to type parameters.
import annotationlib
import weakref
from typing import ParamSpec, TypeAliasType, TypeVar, TypeVarTuple

F = annotationlib.Format
type Alias = int
Alias2 = TypeAliasType("Alias2", int)


def f[T: int = int, **P = int, *Ts = int](): pass


T, P, Ts = f.__type_params__
T2 = TypeVar("T2", bound=int, default=int)
P2 = ParamSpec("P2", default=int)
Ts2 = TypeVarTuple("Ts2", default=int)
for name, case in [("Alias", Alias.evaluate_value), ("Alias2", Alias2.evaluate_value), ("T.bound", T.evaluate_bound),
                   ("T.default", T.evaluate_default), ("P.default", P.evaluate_default),
                   ("Ts.default", Ts.evaluate_default), ("T2.bound", T2.evaluate_bound),
                   ("T2.default", T2.evaluate_default), ("P2.default", P2.evaluate_default),
                   ("Ts2.default", Ts2.evaluate_default)]:
    print(name, type(case).__name__, case(1), annotationlib.call_evaluate_function(case, F.VALUE),
          annotationlib.call_evaluate_function(case, F.FORWARDREF),
          annotationlib.call_evaluate_function(case, F.STRING))


def g[T: (int, str)](): pass


T3, = g.__type_params__
T4 = TypeVar("T4", int, str)
for case in [T3, T4]:
    print(case.evaluate_constraints(1), annotationlib.call_evaluate_function(case.evaluate_constraints, F.STRING))

T5 = TypeVar("T5", bound=int)
print(repr(T5.evaluate_bound), T5.evaluate_bound is T5.evaluate_bound)
print(TypeVar("X").evaluate_bound, TypeVar("X").evaluate_constraints, TypeVar("X").evaluate_default,
      TypeVar("X", bound=None).evaluate_bound, ParamSpec("Q").evaluate_default)
CE = type(T5.evaluate_bound)
print(CE.__module__, CE.__name__)
for attempt in [lambda: setattr(CE, "attribute", 1)]:
    try:
        attempt()
    except TypeError as e:
        print(e)
import typing
print(TypeVar("Y", bound=typing.List[int]).evaluate_bound(F.STRING), TypeVar("Y", default=None).evaluate_default(4),
      TypeVar("Y", default=...).evaluate_default(4), TypeVar("Y", bound=weakref.ref).evaluate_bound(4))


def h[U](): pass


print(h.__type_params__[0].evaluate_default, h.__type_params__[0].evaluate_bound, h.__type_params__[0].has_default())
for x in [T5, P2, Ts2, P2.args, P2.kwargs, T, P, Ts]:
    print(weakref.ref(x)() is x)
try:
    weakref.ref(Alias2)
except TypeError as e:
    print(e)
