# What dis reads from code objects: co_code with CACHE units where CPython 3.14 has them, positions per
# code unit, co_lines ranges, the exception table, _varname_from_oparg
import dis
import opcode

def f(a, b):
    c = a.x + b[0]
    try:
        return g(c)
    except ValueError:
        return None

co = f.__code__
code = co.co_code
print(type(code).__name__, len(code) % 2, len(code) == len(co._co_code_adaptive))
i = 0
ok = True
while i < len(code):
    op = code[i]
    name = opcode.opname[op]
    caches = opcode._inline_cache_entries.get(name, 0)
    for k in range(caches):
        ok = ok and code[i + 2 + 2 * k] == 0
    i += 2 + 2 * caches
print("caches are zero", ok, i == len(code))
positions = list(co.co_positions())
print(len(positions) == len(code) // 2, all(len(p) == 4 for p in positions))
lines = list(co.co_lines())
print(lines[0][0] == 0, lines[-1][1] == len(code), all(s < e for s, e, _ in lines))
print({6, 7, 9, 10, 11} <= {l for _, _, l in lines})
entries = dis._parse_exception_table(co)
print(len(entries) > 0, all(e.start < e.end <= len(code) and e.target < len(code) for e in entries))
print([co._varname_from_oparg(k) for k in range(len(co.co_varnames))])
print([i.opname for i in dis.get_instructions(f) if i.opname in ("LOAD_ATTR", "BINARY_OP", "CALL", "CHECK_EXC_MATCH")])
print([(i.opname, i.argrepr) for i in dis.get_instructions(f) if i.opname in ("LOAD_ATTR", "BINARY_OP", "LOAD_GLOBAL")])
print(dis.Positions(1, 2, 3, 4), dis.Instruction._fields[:6])
