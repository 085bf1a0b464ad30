// Parser nodes → `_ast` objects (CPython's ast2obj_*): one instance per node with its fields set in
// ASDL order and then the four position attributes; operators and contexts are the shared singletons.
import type { NodeKind } from "../../parser/ast.ts";
import { type AttrMap, None, type PyInstance, type PyType, type W } from "../../objects/model.ts";
import { newStr } from "../../objects/str.ts";
import { newList } from "../../objects/list.ts";
import { codeFor, constantHooks } from "../../objects/codeobject.ts";
import {
  type AstState,
  astState,
  ATTRIBUTES,
  bareInstance,
  FIELD_INFO,
  FieldKind,
  hasPosition,
} from "./nodes.ts";

type AnyNode = { _type: NodeKind } & Record<string, unknown>;

export function toPython(node: unknown): W {
  return convertNode(astState(), node as AnyNode);
}

/** Per node kind: its class and the attribute layout every converted node of that kind ends up with. */
interface KindLayout {
  cls: PyType;
  map: AttrMap;
  positioned: boolean;
}
const layouts = new Map<string, KindLayout>();

function layoutOf(st: AstState, kind: NodeKind): KindLayout {
  let l = layouts.get(kind);
  if (l === undefined) {
    const cls = st.classes.get(kind)!;
    const positioned = hasPosition(kind);
    // the same transitions setAttr would take, field by field, so the map is shared with nodes built by
    // Python code that sets the same attributes in the same order
    let map = bareInstance(cls).map;
    for (const f of FIELD_INFO[kind]) map = map.withKey(f.name);
    if (positioned) { for (const a of ATTRIBUTES) map = map.withKey(a); }
    l = { cls, map, positioned };
    layouts.set(kind, l);
  }
  return l;
}

function convertNode(st: AstState, node: AnyNode | null): W {
  if (node === null || node === undefined) return None;
  const kind = node._type;
  const layout = layoutOf(st, kind);
  const infos = FIELD_INFO[kind];
  const values: W[] = new Array(layout.map.keys.length);
  for (let i = 0; i < infos.length; i++) {
    const f = infos[i];
    values[i] = convertField(st, f.kind, node[f.name]);
  }
  if (layout.positioned) {
    const n = infos.length;
    values[n] = node.lineno as number;
    values[n + 1] = node.col_offset as number;
    values[n + 2] = node.end_lineno as number;
    values[n + 3] = node.end_col_offset as number;
  }
  const obj: PyInstance = bareInstance(layout.cls);
  if (values.length > 0) obj.setAttrs(layout.map, values);
  return obj;
}

function convertField(st: AstState, kind: FieldKind, v: unknown): W {
  switch (kind) {
    case FieldKind.Node:
    case FieldKind.OptNode:
      return convertNode(st, v as AnyNode | null);
    case FieldKind.NodeList:
    case FieldKind.OptNodeList:
      return newList((v as (AnyNode | null)[]).map((x) => convertNode(st, x)));
    case FieldKind.Enum:
      return st.singletons.get(v as string)!;
    case FieldKind.EnumList:
      return newList((v as string[]).map((x) => st.singletons.get(x)!));
    case FieldKind.Identifier:
    case FieldKind.OptIdentifier:
    case FieldKind.Str:
    case FieldKind.OptStr:
      return v === null || v === undefined ? None : newStr(v as string);
    case FieldKind.IdentifierList:
      return newList((v as string[]).map((x) => newStr(x)));
    case FieldKind.Int:
    case FieldKind.OptInt:
      return v === null || v === undefined ? None : (v as number);
    case FieldKind.Constant:
      return constantHooks.convert(v, codeFor);
  }
}
