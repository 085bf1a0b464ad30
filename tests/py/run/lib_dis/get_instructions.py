# dis over pypyts code objects: what does not depend on the exact instruction choice (pypyts's bytecode
# is not CPython's instruction for instruction): names, constants, line starts, jump targets, caches
import dis

def f(x, y=2):
    total = 0
    for i in range(x):
        if i % 2 and y:
            total += i * y
        else:
            total -= 1
    try:
        z = x.attr
    except AttributeError as e:
        z = None
    return [total, z, len(str(x))]

code = f.__code__
instrs = list(dis.get_instructions(f))
offsets = {i.offset for i in instrs}
print(sorted({line for _, line in dis.findlinestarts(code) if line is not None} - {12}))
print(sorted(i.argval for i in instrs if i.opname == "LOAD_GLOBAL"))
print([i.argval for i in instrs if i.opname == "LOAD_ATTR"])
print(sorted({i.argval for i in instrs if i.opname.startswith("STORE_FAST")}))
print(all(i.jump_target in offsets for i in instrs if i.jump_target is not None))
print(all(i.offset % 2 == 0 for i in instrs))
size = sum(2 + 2 * sum(size for _, size, _ in (i.cache_info or [])) for i in instrs)
print(size == len(code.co_code))
print(sorted({(i.positions.lineno, i.positions.col_offset) for i in instrs if i.opname == "LOAD_GLOBAL"}))
print([i.opname for i in instrs][:4])
print(sorted(set(i.opname for i in instrs) & {"BINARY_OP", "FOR_ITER", "CALL", "BUILD_LIST", "RETURN_VALUE",
                                             "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "END_FOR", "GET_ITER"}))
print([e.depth for e in dis.Bytecode(f).exception_entries])
print(dis.Bytecode(f).first_line, dis.Bytecode(f).codeobj is code)
print(code._varname_from_oparg(0), code._varname_from_oparg(3))
print(len(list(code.co_positions())) * 2 == len(code.co_code))
for start, end, line in code.co_lines():
    assert start < end and start % 2 == 0
print(dis.opname[dis.opmap["CALL"]], dis.HAVE_ARGUMENT, dis.stack_effect(dis.opmap["BUILD_LIST"], 3))
