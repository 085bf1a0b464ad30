// CPython 3.14's ast.dump(), driven by the node table: same field order, the same omission of None and
// empty-list fields (3.13+ show_empty=False), constants through Python's repr.
import {
  ATTRIBUTE_NAMES,
  type ConstantValue,
  ENUMS,
  fieldsOf,
  fieldSpec,
  hasPosition,
  type NodeKind,
  NODES,
} from "./ast.ts";
import { reprConstant } from "./pyrepr.ts";

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  indent?: number | string | null;
  showEmpty?: boolean;
}

type AnyNode = { _type: NodeKind } & Record<string, unknown>;

export function dumpAst(node: unknown, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const includeAttributes = opts.includeAttributes ?? false;
  const showEmpty = opts.showEmpty ?? false;
  const indent = typeof opts.indent === "number" ? " ".repeat(opts.indent) : opts.indent ?? null;

  function format(value: unknown, level: number): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level += 1;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (typeof value === "string" && isEnumName(value)) return [`${value}()`, true];
    if (isNode(value)) {
      const kind = value._type;
      const args: string[] = [];
      let argsBuffer: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      const isConstantLike = kind === "Constant" || kind === "MatchSingleton";
      for (const name of fieldsOf(kind)) {
        const v = value[name];
        const optional = fieldSpec(kind, name).endsWith("?");
        if (v === null && optional) {
          keywords = true;
          continue;
        }
        if (!showEmpty && (v === null || (Array.isArray(v) && v.length === 0)) && !isConstantLike) {
          argsBuffer.push(v === null ? "None" : "[]");
          continue;
        } else if (!keywords) {
          args.push(...argsBuffer);
          argsBuffer = [];
        }
        const [s, simple] = fieldValue(kind, name, v, level);
        allSimple &&= simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (includeAttributes && hasPosition(kind)) {
        for (const name of ATTRIBUTE_NAMES) {
          const v = value[name];
          if (v === undefined || v === null) continue;
          args.push(`${name}=${String(v)}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${kind}(${args.join(", ")})`, args.length === 0];
      return [`${kind}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return [`[${prefix}${value.map((x) => format(x, level)[0]).join(sep)}]`, false];
    }
    return [reprConstant(value as ConstantValue), true];
  }

  function fieldValue(kind: NodeKind, name: string, v: unknown, level: number): [string, boolean] {
    const spec = fieldSpec(kind, name);
    if (spec === "constant") return [reprConstant(v as ConstantValue), true];
    if (spec.startsWith("int")) return [v === null ? "None" : String(v), true];
    if (spec.startsWith("identifier") || spec.startsWith("string")) {
      if (Array.isArray(v)) {
        if (v.length === 0) return ["[]", true];
        return [`[${(v as string[]).map((x) => reprConstant(x)).join(", ")}]`, false];
      }
      return [v === null ? "None" : reprConstant(v as string), true];
    }
    return format(v, level);
  }

  return format(node, 0)[0];
}

const ENUM_NAMES: ReadonlySet<string> = new Set<string>(Object.values(ENUMS).flat());

function isEnumName(s: string): boolean {
  return ENUM_NAMES.has(s);
}

function isNode(v: unknown): v is AnyNode {
  return typeof v === "object" && v !== null && "_type" in v && (v as AnyNode)._type in NODES;
}
