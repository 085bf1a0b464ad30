# _opcode and the opcode module built from it: has_* lists, stack_effect, descriptions
import _opcode
import opcode

print(opcode.hasarg)
print(opcode.hasconst, opcode.hasname, opcode.hasjump, opcode.hasfree, opcode.haslocal, opcode.hasexc)
print(opcode.hascompare, opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)
for name in ["LOAD_CONST", "POP_TOP", "BINARY_OP", "CALL", "BUILD_LIST", "FOR_ITER", "SEND", "RETURN_VALUE",
             "SETUP_FINALLY", "SETUP_CLEANUP", "JUMP", "LOAD_ATTR", "LOAD_GLOBAL", "UNPACK_EX", "RERAISE", "SWAP",
             "COPY", "MAKE_FUNCTION", "CALL_KW", "END_ASYNC_FOR", "RAISE_VARARGS", "LOAD_SUPER_ATTR",
             "DICT_MERGE", "MATCH_CLASS", "BUILD_MAP", "UNPACK_SEQUENCE", "LOAD_FAST_LOAD_FAST"]:
    op = opcode.opmap[name]
    print(name, op, [(opcode.stack_effect(op, a), opcode.stack_effect(op, a, jump=True),
                      opcode.stack_effect(op, a, jump=False)) for a in (0, 1, 3, 257)])
print(opcode.stack_effect(opcode.opmap["POP_TOP"]), opcode.stack_effect(opcode.opmap["LOAD_CONST"]))
for args in [(300,), (-1, 0), (opcode.opmap["BUILD_LIST"], -1)]:
    try:
        print(opcode.stack_effect(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(opcode._nb_ops)
print(opcode._intrinsic_1_descs, opcode._intrinsic_2_descs, opcode._special_method_names)
print([_opcode.is_valid(op) for op in (0, 1, 44, 82, 120, 256, 266)])
print([_opcode.has_arg(op) for op in (0, 31, 43, 44, 82, 256, 257, 262)])
try:
    _opcode.get_executor(compile("1", "", "eval"), 0)
except RuntimeError as e:
    print(type(e).__name__, e)
