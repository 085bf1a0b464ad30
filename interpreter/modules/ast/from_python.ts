// `_ast` objects → parser nodes (CPython's obj2ast_*), with CPython's errors: missing required fields,
// lists that are not lists, values of the wrong sort ("expected some sort of expr, but got ..."), invalid
// constants and identifiers. The result is checked by validate.ts before it reaches the compiler.
import {
  ComplexLit,
  ConstantFrozenset,
  ConstantTuple,
  type ConstantValue,
  EllipsisLit,
  hasPosition,
  type Mod,
  type NodeKind,
  NODES,
} from "../../parser/ast.ts";
import {
  bytesType,
  complexType,
  Ellipsis,
  False,
  floatType,
  getAttrOrUndefined,
  None,
  type PyType,
  strType,
  True,
  tupleType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { PyStr } from "../../objects/str.ts";
import { PyList } from "../../objects/list.ts";
import { PyTuple } from "../../objects/tuple.ts";
import { PyFloat } from "../../objects/float.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { PyComplex } from "../../objects/complex.ts";
import { frozensetType } from "../../objects/set.ts";
import { iterateToArray, repr } from "../../objects/operations.ts";
import { raiseOverflowError, raiseRuntimeError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { asInt } from "../../objects/int.ts";
import {
  type AstState,
  astState,
  CONSTRUCTORS,
  FIELD_INFO,
  FieldKind,
  isProduct,
  OPTIONAL_END,
} from "./nodes.ts";

type AnyNode = Record<string, unknown>;

const MODE_ROOT: Record<string, NodeKind> = {
  exec: "Module",
  eval: "Expression",
  single: "Interactive",
  func_type: "FunctionType",
};

/** Whether `w` is an instance of ast.AST (false before the classes exist). */
export function isAstObject(w: W, st: AstState): boolean {
  return typeOf(w).isSubtypeOf(st.AST);
}

/** compile()'s PyAST_obj2mod: the tree must be of the mode's root type. */
export function fromPython(obj: W, mode: string): Mod {
  const st = astState();
  const root = MODE_ROOT[mode];
  const rootCls = st.classes.get(root)!;
  if (!typeOf(obj).isSubtypeOf(rootCls)) raiseTypeError(`expected ${root} node, got ${typeOf(obj).name}`);
  return convertSum(st, obj, "mod") as unknown as Mod;
}

function convertSum(st: AstState, obj: W, sum: string): AnyNode | null {
  if (isProduct(sum)) return convertProduct(st, obj, sum as NodeKind);
  if (obj === None) return null;
  const positioned = hasPosition(CONSTRUCTORS[sum][0] as NodeKind);
  let pos: number[] | null = null;
  if (positioned) pos = readPosition(obj, sum);
  const t = typeOf(obj);
  let kind = st.kindOf.get(t);
  if (kind === undefined || NODES[kind as NodeKind]?.base !== sum) {
    kind = undefined;
    for (const c of CONSTRUCTORS[sum]) {
      if (t.isSubtypeOf(st.classes.get(c)!)) {
        kind = c;
        break;
      }
    }
  }
  if (kind === undefined) raiseTypeError(`expected some sort of ${sum}, but got ${repr(obj)}`);
  const node = readFields(st, obj, kind as NodeKind);
  if (pos !== null) {
    node.lineno = pos[0];
    node.col_offset = pos[1];
    node.end_lineno = pos[2];
    node.end_col_offset = pos[3];
  }
  return node;
}

function convertProduct(st: AstState, obj: W, kind: NodeKind): AnyNode | null {
  if (obj === None) return null;
  const node = readFields(st, obj, kind);
  if (hasPosition(kind)) {
    const pos = readPosition(obj, kind);
    node.lineno = pos[0];
    node.col_offset = pos[1];
    node.end_lineno = pos[2];
    node.end_col_offset = pos[3];
  }
  return node;
}

function readPosition(obj: W, owner: string): number[] {
  const lineno = requiredInt(obj, "lineno", owner);
  const col = requiredInt(obj, "col_offset", owner);
  if (!OPTIONAL_END.has(owner)) {
    return [lineno, col, requiredInt(obj, "end_lineno", owner), requiredInt(obj, "end_col_offset", owner)];
  }
  const endLine = getAttrOrUndefined(obj, "end_lineno");
  const endCol = getAttrOrUndefined(obj, "end_col_offset");
  return [
    lineno,
    col,
    endLine === undefined || endLine === None ? lineno : intValue(endLine),
    endCol === undefined || endCol === None ? col : intValue(endCol),
  ];
}

function requiredInt(obj: W, name: string, owner: string): number {
  const v = getAttrOrUndefined(obj, name);
  if (v === undefined) raiseTypeError(`required field "${name}" missing from ${owner}`);
  return intValue(v);
}

function intValue(v: W): number {
  const i = asInt(v);
  if (i === undefined) raiseValueError(`invalid integer value: ${repr(v)}`);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) {
    raiseOverflowError("Python int too large to convert to C int");
  }
  return i;
}

function readFields(st: AstState, obj: W, kind: NodeKind): AnyNode {
  const node: AnyNode = { _type: kind };
  for (const f of FIELD_INFO[kind]) {
    const v = getAttrOrUndefined(obj, f.name);
    node[f.name] = convertField(st, obj, kind, f.name, f.kind, f.type, v);
  }
  return node;
}

function convertField(
  st: AstState,
  _obj: W,
  kind: NodeKind,
  name: string,
  fk: FieldKind,
  type: string,
  v: W | undefined,
): unknown {
  const isList = fk === FieldKind.NodeList || fk === FieldKind.OptNodeList || fk === FieldKind.EnumList ||
    fk === FieldKind.IdentifierList;
  const isOpt = fk === FieldKind.OptNode || fk === FieldKind.OptIdentifier || fk === FieldKind.OptStr ||
    fk === FieldKind.OptInt;
  if (v === undefined) {
    if (isList) return [];
    if (isOpt) return null;
    raiseTypeError(`required field "${name}" missing from ${kind}`);
  }
  if (isList) {
    if (!(v instanceof PyList)) {
      raiseTypeError(`${kind} field "${name}" must be a list, not a ${typeOf(v).name}`);
    }
    const items = v.items;
    const len = items.length;
    const out: unknown[] = [];
    for (let i = 0; i < len; i++) {
      out.push(convertItem(st, kind, name, fk, type, items[i]));
      if (items.length !== len) {
        raiseRuntimeError(`${kind} field "${name}" changed size during iteration`);
      }
    }
    return out;
  }
  if (isOpt && v === None) return null;
  let r: unknown;
  switch (fk) {
    case FieldKind.Node:
    case FieldKind.OptNode:
      r = convertSum(st, v, type);
      break;
    case FieldKind.Enum:
      r = convertEnum(st, v, type);
      break;
    case FieldKind.Identifier:
    case FieldKind.OptIdentifier:
      r = identifier(v);
      break;
    case FieldKind.Str:
    case FieldKind.OptStr:
      r = stringValue(v);
      break;
    case FieldKind.Int:
    case FieldKind.OptInt:
      r = intValue(v);
      break;
    case FieldKind.Constant:
      return constantValue(v);
  }
  if (r === null && !isOpt) raiseValueError(`field '${name}' is required for ${kind}`);
  return r;
}

function convertItem(
  st: AstState,
  _kind: NodeKind,
  _name: string,
  fk: FieldKind,
  type: string,
  v: W,
): unknown {
  switch (fk) {
    case FieldKind.NodeList:
    case FieldKind.OptNodeList:
      return convertSum(st, v, type);
    case FieldKind.EnumList:
      return convertEnum(st, v, type);
    default:
      return identifier(v);
  }
}

function convertEnum(st: AstState, v: W, sum: string): string {
  const t = typeOf(v);
  for (const c of CONSTRUCTORS[sum]) {
    if (t.isSubtypeOf(st.classes.get(c)!)) return c;
  }
  raiseTypeError(`expected some sort of ${sum}, but got ${repr(v)}`);
}

function identifier(v: W): string | null {
  if (v === None) return null;
  if (!(v instanceof PyStr) || typeOf(v) !== strType) raiseTypeError("AST identifier must be of type str");
  return v.value;
}

function stringValue(v: W): string | null {
  if (v instanceof PyStr && typeOf(v) === strType) return v.value;
  if (v instanceof PyBytes && typeOf(v) === bytesType) return new TextDecoder().decode(v.value);
  if (v === None) return null;
  raiseTypeError("AST string must be of type str");
}

/** Python value → compile-time constant, as validate_constant allows (exact types only). */
export function constantValue(v: W): ConstantValue {
  const c = toConstant(v);
  if (c === undefined) raiseTypeError(`got an invalid type in Constant: ${typeOf(invalidPart(v)).name}`);
  return c;
}

/** The value inside a tuple/frozenset constant that is no constant (validate_constant names its type). */
function invalidPart(v: W): W {
  const t = typeOf(v);
  if (t !== tupleType && t !== frozensetType) return v;
  for (const x of t === tupleType ? (v as PyTuple).items : iterateToArray(v)) {
    if (toConstant(x) === undefined) return invalidPart(x);
  }
  return v;
}

function toConstant(v: W): ConstantValue | undefined {
  if (v === None) return null;
  if (v === True) return true;
  if (v === False) return false;
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (v === Ellipsis) return EllipsisLit.instance;
  const t: PyType = typeOf(v);
  if (t === strType) return (v as PyStr).value;
  if (t === floatType) return (v as PyFloat).value;
  if (t === bytesType) return (v as PyBytes).value;
  if (t === complexType) return new ComplexLit((v as PyComplex).re, (v as PyComplex).im);
  if (t === tupleType || t === frozensetType) {
    const items: ConstantValue[] = [];
    for (const x of t === tupleType ? (v as PyTuple).items : iterateToArray(v)) {
      const c = toConstant(x);
      if (c === undefined) return undefined;
      items.push(c);
    }
    return t === tupleType ? new ConstantTuple(items) : new ConstantFrozenset(items);
  }
  return undefined;
}
