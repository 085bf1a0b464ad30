// The `_opcode` module, answered from the one bytecode table (interpreter/compiler/opcodes.ts):
// stack_effect, the has_* predicates the `opcode` module builds its lists from, the descriptions of
// intrinsics, special methods and BINARY_OP operators. pypyts does not specialise bytecode, so there
// are no executors and no specialization stats.
import type { NativeModuleDef } from "./define.ts";
import { type MethodSpec, None, type W } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { isTrue } from "../objects/operations.ts";
import { asInt } from "../objects/int.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { False, True } from "../objects/model.ts";
import {
  BINARY_OPS,
  INTRINSIC_1,
  INTRINSIC_2,
  OPCODE_BY_CODE,
  type OpcodeInfo,
  SPECIAL_METHODS,
  stackEffect,
} from "../compiler/opcodes.ts";

function opcodeArg(w: W, what: string): number {
  const i = asInt(w);
  if (i === undefined) raiseTypeError(`'${what}' must be int`);
  return typeof i === "bigint" ? -1 : i;
}

function info(w: W): OpcodeInfo | undefined {
  const op = opcodeArg(w, "opcode");
  return op >= 0 && op < OPCODE_BY_CODE.length ? OPCODE_BY_CODE[op] : undefined;
}

const isJumpKind = (o: OpcodeInfo) => (o.arg === "jump" || o.arg === "jump_back") && !o.setup;

// Opcodes of CPython's adaptive interpreter that our table does not hold but `opcode.opmap` lists:
// ENTER_EXECUTOR and the INSTRUMENTED_* family (numbers from 3.14's _opcode_metadata.py).
const EXTRA_ARG = new Set([237, 239, 241, 242, 243, 244, 245, 247, 248, 249, 250, 251, 253, 255]);
const EXTRA_NAME = new Set([249]);
const EXTRA_JUMP = new Set([237, 248]);

function predicate(name: string, test: (o: OpcodeInfo) => boolean, extra?: Set<number>): MethodSpec {
  return {
    name,
    arity: [1, 1],
    kw: ["opcode"],
    impl: (a) => {
      const o = info(a[0]);
      if (o === undefined) return extra !== undefined && extra.has(opcodeArg(a[0], "opcode")) ? True : False;
      return test(o) ? True : False;
    },
  };
}

const FUNCTIONS: MethodSpec[] = [
  {
    name: "stack_effect",
    arity: [1, 3],
    kw: ["jump"],
    doc: "Compute the stack effect of the opcode.",
    impl: (a) => {
      const o = info(a[0]);
      const oparg = a[1] === undefined || a[1] === None ? 0 : opcodeArg(a[1], "oparg");
      if (o === undefined || oparg < 0) raiseValueError("invalid opcode or oparg");
      const jump = a[2];
      if (jump === undefined || jump === None) {
        return Math.max(stackEffect(o.code, oparg, true), stackEffect(o.code, oparg, false));
      }
      return stackEffect(o.code, oparg, isTrue(jump));
    },
  },
  predicate("is_valid", () => true, EXTRA_ARG),
  predicate("has_arg", (o) => (o.pseudo === true ? o.arg !== "none" : o.code >= 44), EXTRA_ARG),
  predicate("has_const", (o) => o.arg === "const"),
  predicate("has_name", (o) => o.arg === "name", EXTRA_NAME),
  predicate("has_jump", isJumpKind, EXTRA_JUMP),
  // CPython 3.14's metadata files LOAD_DEREF under "local" (it indexes localsplus like LOAD_FAST)
  predicate("has_free", (o) => o.arg === "free" && o.name !== "LOAD_DEREF"),
  predicate("has_local", (o) => o.arg === "local" || o.name === "LOAD_DEREF"),
  predicate("has_exc", (o) => o.setup === true),
  {
    name: "get_intrinsic1_descs",
    arity: [0, 0],
    impl: () => newList(INTRINSIC_1.map((s) => newStr(s))),
  },
  {
    name: "get_intrinsic2_descs",
    arity: [0, 0],
    impl: () => newList(INTRINSIC_2.map((s) => newStr(s))),
  },
  {
    name: "get_special_method_names",
    arity: [0, 0],
    impl: () => newList(SPECIAL_METHODS.map((s) => newStr(s))),
  },
  {
    name: "get_nb_ops",
    arity: [0, 0],
    impl: () => newList(BINARY_OPS.map(([name, sym]) => newTuple([newStr(name), newStr(sym)]))),
  },
  {
    name: "get_executor",
    arity: [2, 2],
    kw: ["code", "offset"],
    impl: () => {
      throw errorWithMessage("RuntimeError", "Executors are not available in this build");
    },
  },
  { name: "get_specialization_stats", arity: [0, 0], impl: () => None },
];

export const opcodeModuleDef: NativeModuleDef = {
  name: "_opcode",
  doc: "Opcode support module.",
  functions: FUNCTIONS,
  // pypyts runs unspecialised bytecode (no adaptive interpreter)
  values: () => ({ ENABLE_SPECIALIZATION: 0, ENABLE_SPECIALIZATION_FT: 0 }),
};
