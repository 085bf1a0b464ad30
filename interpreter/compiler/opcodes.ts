// THE bytecode table (DESIGN.md: "One bytecode table"). Every opcode is declared here once, with CPython
// 3.14's name and number (so `_opcode`/`dis` data can be served from it) and its operand kind and stack
// effect as data. The code generator, assembler, disassembler, eval loop, flow space and JIT recorder all
// read this table; nothing else spells an opcode number.
//
// pypyts has no inline caches and no specialised or instrumented opcodes: co_code is wordcode, two bytes
// per unit (opcode, oparg), with EXTENDED_ARG prefixes for opargs above 255.
//
// Stack effects: `pop`/`push` are counts or functions of the oparg, for the fall-through path; `jumpPush`
// is what the jump path pushes in place of `push` (for branches whose paths differ).

export type ArgKind =
  | "none"
  | "const" // index into co_consts
  | "name" // index into co_names (LOAD_ATTR/LOAD_GLOBAL/LOAD_SUPER_ATTR carry flags in the low bits)
  | "local" // index into localsplus
  | "free" // index into localsplus (cell or free variable)
  | "jump" // relative jump forward (code units after the instruction)
  | "jump_back" // relative jump backward
  | "compare" // COMPARE_OP: (cmp << 5) | flags
  | "binop" // BINARY_OP: NB_* operator
  | "intrinsic1"
  | "intrinsic2"
  | "count"
  | "flags"
  | "int"; // plain integer operand

type Effect = number | ((oparg: number) => number);

export interface OpcodeInfo {
  name: string;
  code: number;
  arg: ArgKind;
  pop: Effect;
  push: Effect;
  /** Stack pushed on the jump path, when different from `push`. */
  jumpPush?: Effect;
  /** Never falls through (RETURN_VALUE, RAISE_VARARGS, unconditional jumps, ...). */
  terminates?: boolean;
  /** Pseudo-instruction: used by the code generator only, replaced by the assembler. */
  pseudo?: boolean;
  /** Pushes an exception handler (SETUP_*) whose target gets `handlerPush` extra values. */
  setup?: boolean;
}

const n = (x: number) => x;

// [name, code, arg, pop, push, extras]
type Row = [string, number, ArgKind, Effect, Effect, Partial<OpcodeInfo>?];

const ROWS: Row[] = [
  ["CACHE", 0, "none", 0, 0],
  ["BINARY_SLICE", 1, "none", 3, 1],
  ["BUILD_TEMPLATE", 2, "none", 2, 1],
  ["CALL_FUNCTION_EX", 4, "none", 4, 1],
  ["CHECK_EG_MATCH", 5, "none", 2, 2],
  ["CHECK_EXC_MATCH", 6, "none", 2, 2],
  ["CLEANUP_THROW", 7, "none", 3, 2],
  ["DELETE_SUBSCR", 8, "none", 2, 0],
  ["END_FOR", 9, "none", 1, 0],
  ["END_SEND", 10, "none", 2, 1],
  ["EXIT_INIT_CHECK", 11, "none", 1, 0],
  ["FORMAT_SIMPLE", 12, "none", 1, 1],
  ["FORMAT_WITH_SPEC", 13, "none", 2, 1],
  ["GET_AITER", 14, "none", 1, 1],
  ["GET_ANEXT", 15, "none", 1, 2],
  ["GET_ITER", 16, "none", 1, 1],
  ["RESERVED", 17, "none", 0, 0],
  ["GET_LEN", 18, "none", 1, 2],
  ["GET_YIELD_FROM_ITER", 19, "none", 1, 1],
  ["INTERPRETER_EXIT", 20, "none", 1, 0, { terminates: true }],
  ["LOAD_BUILD_CLASS", 21, "none", 0, 1],
  ["LOAD_LOCALS", 22, "none", 0, 1],
  ["MAKE_FUNCTION", 23, "none", 1, 1],
  ["MATCH_KEYS", 24, "none", 2, 3],
  ["MATCH_MAPPING", 25, "none", 1, 2],
  ["MATCH_SEQUENCE", 26, "none", 1, 2],
  ["NOP", 27, "none", 0, 0],
  ["NOT_TAKEN", 28, "none", 0, 0],
  ["POP_EXCEPT", 29, "none", 1, 0],
  ["POP_ITER", 30, "none", 1, 0],
  ["POP_TOP", 31, "none", 1, 0],
  ["PUSH_EXC_INFO", 32, "none", 1, 2],
  ["PUSH_NULL", 33, "none", 0, 1],
  ["RETURN_GENERATOR", 34, "none", 0, 1],
  ["RETURN_VALUE", 35, "none", 1, 1, { terminates: true }],
  ["SETUP_ANNOTATIONS", 36, "none", 0, 0],
  ["STORE_SLICE", 37, "none", 4, 0],
  ["STORE_SUBSCR", 38, "none", 3, 0],
  ["TO_BOOL", 39, "none", 1, 1],
  ["UNARY_INVERT", 40, "none", 1, 1],
  ["UNARY_NEGATIVE", 41, "none", 1, 1],
  ["UNARY_NOT", 42, "none", 1, 1],
  ["WITH_EXCEPT_START", 43, "none", 5, 6],
  ["BINARY_OP", 44, "binop", 2, 1],
  ["BUILD_INTERPOLATION", 45, "int", (a) => 2 + (a & 1), 1],
  ["BUILD_LIST", 46, "count", n, 1],
  ["BUILD_MAP", 47, "count", (a) => 2 * a, 1],
  ["BUILD_SET", 48, "count", n, 1],
  ["BUILD_SLICE", 49, "count", n, 1],
  ["BUILD_STRING", 50, "count", n, 1],
  ["BUILD_TUPLE", 51, "count", n, 1],
  ["CALL", 52, "count", (a) => a + 2, 1],
  ["CALL_INTRINSIC_1", 53, "intrinsic1", 1, 1],
  ["CALL_INTRINSIC_2", 54, "intrinsic2", 2, 1],
  ["CALL_KW", 55, "count", (a) => a + 3, 1],
  ["COMPARE_OP", 56, "compare", 2, 1],
  ["CONTAINS_OP", 57, "int", 2, 1],
  ["CONVERT_VALUE", 58, "int", 1, 1],
  ["COPY", 59, "int", (a) => a, (a) => a + 1],
  ["COPY_FREE_VARS", 60, "count", 0, 0],
  ["DELETE_ATTR", 61, "name", 1, 0],
  ["DELETE_DEREF", 62, "free", 0, 0],
  ["DELETE_FAST", 63, "local", 0, 0],
  ["DELETE_GLOBAL", 64, "name", 0, 0],
  ["DELETE_NAME", 65, "name", 0, 0],
  ["DICT_MERGE", 66, "int", (a) => a + 2, (a) => a + 1],
  ["DICT_UPDATE", 67, "int", (a) => a + 1, n],
  ["END_ASYNC_FOR", 68, "jump_back", 2, 0],
  ["EXTENDED_ARG", 69, "int", 0, 0],
  ["FOR_ITER", 70, "jump", 1, 2, { jumpPush: 2 }],
  ["GET_AWAITABLE", 71, "int", 1, 1],
  ["IMPORT_FROM", 72, "name", 1, 2],
  ["IMPORT_NAME", 73, "name", 2, 1],
  ["IS_OP", 74, "int", 2, 1],
  ["JUMP_BACKWARD", 75, "jump_back", 0, 0, { terminates: true }],
  ["JUMP_BACKWARD_NO_INTERRUPT", 76, "jump_back", 0, 0, { terminates: true }],
  ["JUMP_FORWARD", 77, "jump", 0, 0, { terminates: true }],
  ["LIST_APPEND", 78, "int", (a) => a + 1, n],
  ["LIST_EXTEND", 79, "int", (a) => a + 1, n],
  ["LOAD_ATTR", 80, "name", 1, (a) => 1 + (a & 1)],
  ["LOAD_COMMON_CONSTANT", 81, "int", 0, 1],
  ["LOAD_CONST", 82, "const", 0, 1],
  ["LOAD_DEREF", 83, "free", 0, 1],
  ["LOAD_FAST", 84, "local", 0, 1],
  ["LOAD_FAST_AND_CLEAR", 85, "local", 0, 1],
  ["LOAD_FAST_BORROW", 86, "local", 0, 1],
  ["LOAD_FAST_BORROW_LOAD_FAST_BORROW", 87, "local", 0, 2],
  ["LOAD_FAST_CHECK", 88, "local", 0, 1],
  ["LOAD_FAST_LOAD_FAST", 89, "local", 0, 2],
  ["LOAD_FROM_DICT_OR_DEREF", 90, "free", 1, 1],
  ["LOAD_FROM_DICT_OR_GLOBALS", 91, "name", 1, 1],
  ["LOAD_GLOBAL", 92, "name", 0, (a) => 1 + (a & 1)],
  ["LOAD_NAME", 93, "name", 0, 1],
  ["LOAD_SMALL_INT", 94, "int", 0, 1],
  ["LOAD_SPECIAL", 95, "int", 1, 2],
  ["LOAD_SUPER_ATTR", 96, "name", 3, (a) => 1 + (a & 1)],
  ["MAKE_CELL", 97, "free", 0, 0],
  ["MAP_ADD", 98, "int", (a) => a + 2, n],
  ["MATCH_CLASS", 99, "count", 3, 1],
  ["POP_JUMP_IF_FALSE", 100, "jump", 1, 0],
  ["POP_JUMP_IF_NONE", 101, "jump", 1, 0],
  ["POP_JUMP_IF_NOT_NONE", 102, "jump", 1, 0],
  ["POP_JUMP_IF_TRUE", 103, "jump", 1, 0],
  ["RAISE_VARARGS", 104, "count", n, 0, { terminates: true }],
  ["RERAISE", 105, "int", (a) => a + 1, n, { terminates: true }],
  ["SEND", 106, "jump", 2, 2, { jumpPush: 2 }],
  ["SET_ADD", 107, "int", (a) => a + 1, n],
  ["SET_FUNCTION_ATTRIBUTE", 108, "flags", 2, 1],
  ["SET_UPDATE", 109, "int", (a) => a + 1, n],
  ["STORE_ATTR", 110, "name", 2, 0],
  ["STORE_DEREF", 111, "free", 1, 0],
  ["STORE_FAST", 112, "local", 1, 0],
  ["STORE_FAST_LOAD_FAST", 113, "local", 1, 1],
  ["STORE_FAST_STORE_FAST", 114, "local", 2, 0],
  ["STORE_GLOBAL", 115, "name", 1, 0],
  ["STORE_NAME", 116, "name", 1, 0],
  ["SWAP", 117, "int", n, n],
  ["UNPACK_EX", 118, "int", 1, (a) => (a & 0xff) + (a >> 8) + 1],
  ["UNPACK_SEQUENCE", 119, "count", 1, n],
  ["YIELD_VALUE", 120, "int", 1, 1],
  ["RESUME", 128, "int", 0, 0],
  // pseudo-instructions: the assembler lowers these
  ["ANNOTATIONS_PLACEHOLDER", 256, "none", 0, 0, { pseudo: true }],
  ["JUMP", 257, "jump", 0, 0, { pseudo: true, terminates: true }],
  ["JUMP_IF_FALSE", 258, "jump", 1, 1, { pseudo: true }],
  ["JUMP_IF_TRUE", 259, "jump", 1, 1, { pseudo: true }],
  ["JUMP_NO_INTERRUPT", 260, "jump", 0, 0, { pseudo: true, terminates: true }],
  ["LOAD_CLOSURE", 261, "local", 0, 1, { pseudo: true }],
  ["POP_BLOCK", 262, "none", 0, 0, { pseudo: true }],
  ["SETUP_CLEANUP", 263, "jump", 0, 0, { pseudo: true, setup: true, jumpPush: 2 }],
  ["SETUP_FINALLY", 264, "jump", 0, 0, { pseudo: true, setup: true, jumpPush: 1 }],
  ["SETUP_WITH", 265, "jump", 0, 0, { pseudo: true, setup: true, jumpPush: 1 }],
  ["STORE_FAST_MAYBE_NULL", 266, "local", 1, 0, { pseudo: true }],
];

export const OPCODES: readonly OpcodeInfo[] = ROWS.map(([name, code, arg, pop, push, extra]) => ({
  name,
  code,
  arg,
  pop,
  push,
  ...extra,
}));

/** Opcode numbers by name: `OP.LOAD_FAST === 84`. */
export const OP: Readonly<Record<string, number>> = Object.fromEntries(OPCODES.map((o) => [o.name, o.code]));

/** Table indexed by opcode number (holes for unused numbers). */
export const OPCODE_BY_CODE: readonly (OpcodeInfo | undefined)[] = (() => {
  const table: (OpcodeInfo | undefined)[] = new Array(267).fill(undefined);
  for (const o of OPCODES) table[o.code] = o;
  return table;
})();

export const HAVE_ARGUMENT = 44;
export const MIN_PSEUDO_OPCODE = 256;

export function opInfo(code: number): OpcodeInfo {
  const o = OPCODE_BY_CODE[code];
  if (o === undefined) throw new Error(`unknown opcode ${code}`);
  return o;
}

function evalEffect(e: Effect, oparg: number): number {
  return typeof e === "number" ? e : e(oparg);
}

/** Net stack effect on the fall-through path (jump=false) or the jump path (jump=true). */
export function stackEffect(code: number, oparg: number, jump: boolean): number {
  const o = opInfo(code);
  const push = jump && o.jumpPush !== undefined ? o.jumpPush : o.push;
  if (o.setup) return jump ? evalEffect(push, oparg) : 0;
  return evalEffect(push, oparg) - evalEffect(o.pop, oparg);
}

export function isJump(code: number): boolean {
  const a = opInfo(code).arg;
  return a === "jump" || a === "jump_back";
}

/** BINARY_OP operands (NB_*), in CPython's order, with their symbols for dis. */
export const BINARY_OPS = [
  ["NB_ADD", "+"],
  ["NB_AND", "&"],
  ["NB_FLOOR_DIVIDE", "//"],
  ["NB_LSHIFT", "<<"],
  ["NB_MATRIX_MULTIPLY", "@"],
  ["NB_MULTIPLY", "*"],
  ["NB_REMAINDER", "%"],
  ["NB_OR", "|"],
  ["NB_POWER", "**"],
  ["NB_RSHIFT", ">>"],
  ["NB_SUBTRACT", "-"],
  ["NB_TRUE_DIVIDE", "/"],
  ["NB_XOR", "^"],
  ["NB_INPLACE_ADD", "+="],
  ["NB_INPLACE_AND", "&="],
  ["NB_INPLACE_FLOOR_DIVIDE", "//="],
  ["NB_INPLACE_LSHIFT", "<<="],
  ["NB_INPLACE_MATRIX_MULTIPLY", "@="],
  ["NB_INPLACE_MULTIPLY", "*="],
  ["NB_INPLACE_REMAINDER", "%="],
  ["NB_INPLACE_OR", "|="],
  ["NB_INPLACE_POWER", "**="],
  ["NB_INPLACE_RSHIFT", ">>="],
  ["NB_INPLACE_SUBTRACT", "-="],
  ["NB_INPLACE_TRUE_DIVIDE", "/="],
  ["NB_INPLACE_XOR", "^="],
  ["NB_SUBSCR", "[]"],
] as const;

export const NB: Readonly<Record<string, number>> = Object.fromEntries(
  BINARY_OPS.map(([name], i) => [name, i]),
);

/** COMPARE_OP: oparg = (index << 5) | (0x10 if the result is converted to bool). */
export const COMPARE_OPS = ["<", "<=", "==", "!=", ">", ">="] as const;

export const INTRINSIC_1 = [
  "INTRINSIC_1_INVALID",
  "INTRINSIC_PRINT",
  "INTRINSIC_IMPORT_STAR",
  "INTRINSIC_STOPITERATION_ERROR",
  "INTRINSIC_ASYNC_GEN_WRAP",
  "INTRINSIC_UNARY_POSITIVE",
  "INTRINSIC_LIST_TO_TUPLE",
  "INTRINSIC_TYPEVAR",
  "INTRINSIC_PARAMSPEC",
  "INTRINSIC_TYPEVARTUPLE",
  "INTRINSIC_SUBSCRIPT_GENERIC",
  "INTRINSIC_TYPEALIAS",
] as const;

export const INTRINSIC_2 = [
  "INTRINSIC_2_INVALID",
  "INTRINSIC_PREP_RERAISE_STAR",
  "INTRINSIC_TYPEVAR_WITH_BOUND",
  "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
  "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
  "INTRINSIC_SET_TYPEPARAM_DEFAULT",
] as const;

/** LOAD_COMMON_CONSTANT operands. */
export const COMMON_CONSTANTS = ["AssertionError", "NotImplementedError", "tuple", "all", "any"] as const;

/** LOAD_SPECIAL operands. */
export const SPECIAL_METHODS = ["__enter__", "__exit__", "__aenter__", "__aexit__"] as const;

/** SET_FUNCTION_ATTRIBUTE flags. */
export const FUNCTION_ATTRIBUTE = {
  defaults: 0x01,
  kwdefaults: 0x02,
  annotations: 0x04,
  closure: 0x08,
  annotate: 0x10,
} as const;
