# What the compiler produces for an inlined comprehension (PEP 709): no nested code object and no call
# for list/set/dict comprehensions, the outer values saved with LOAD_FAST_AND_CLEAR; a generator
# expression still has its own code object.
import dis


def opnames(co):
    return [i.opname for i in dis.get_instructions(co)]


def nested_codes(co):
    return [c.co_name for c in co.co_consts if hasattr(c, "co_code")]


def f(a):
    return [x for x in a], {x for x in a}, {x: 1 for x in a}


ops = opnames(f)
print("MAKE_FUNCTION" in ops, "CALL" in ops, ops.count("LOAD_FAST_AND_CLEAR"), ops.count("RERAISE"))
print(ops.count("BUILD_LIST"), ops.count("BUILD_SET"), ops.count("BUILD_MAP"), nested_codes(f.__code__))


def g(a):
    return list(x for x in a)


print(nested_codes(g.__code__), "LOAD_FAST_AND_CLEAR" in opnames(g))

genexpr = [c for c in g.__code__.co_consts if hasattr(c, "co_code")][0]
print(genexpr.co_name, genexpr.co_varnames, genexpr.co_argcount)

mod = compile("r = [x for x in y]\n", "<m>", "exec")
mod_ops = opnames(mod)
print(mod_ops.count("LOAD_FAST_AND_CLEAR"), "STORE_FAST" in mod_ops, mod.co_varnames, nested_codes(mod))


def with_cell():
    return [lambda: x for x in range(2)]


print(opnames(with_cell).count("MAKE_CELL"), with_cell.__code__.co_cellvars, nested_codes(with_cell.__code__))

cls_code = compile("class C:\n    y = 1\n    z = [y for _ in range(2)]\n", "<c>", "exec")
body = [c for c in cls_code.co_consts if hasattr(c, "co_code")][0]
body_ops = [(i.opname, i.argval) for i in dis.get_instructions(body)]
print(("LOAD_GLOBAL", "y") in body_ops, ("LOAD_FAST_AND_CLEAR", "_") in body_ops, body.co_varnames)
print([e.depth for e in dis._parse_exception_table(f.__code__)][:1])
