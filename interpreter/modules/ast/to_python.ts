// Parser nodes → `_ast` objects (CPython's ast2obj_*): one instance per node with its fields set in
// ASDL order and then the four position attributes; operators and contexts are the shared singletons.
import type { NodeKind } from "../../parser/ast.ts";
import { None, type PyInstance, type W } from "../../objects/model.ts";
import { newStr } from "../../objects/str.ts";
import { newList } from "../../objects/list.ts";
import { codeFor, constantHooks } from "../../objects/codeobject.ts";
import { type AstState, astState, bareInstance, FIELD_INFO, FieldKind, hasPosition } from "./nodes.ts";

type AnyNode = { _type: NodeKind } & Record<string, unknown>;

export function toPython(node: unknown): W {
  return convertNode(astState(), node as AnyNode);
}

function convertNode(st: AstState, node: AnyNode | null): W {
  if (node === null || node === undefined) return None;
  const kind = node._type;
  const obj: PyInstance = bareInstance(st.classes.get(kind)!);
  const infos = FIELD_INFO[kind];
  for (let i = 0; i < infos.length; i++) {
    const f = infos[i];
    obj.setAttr(f.name, convertField(st, f.kind, node[f.name]));
  }
  if (hasPosition(kind)) {
    obj.setAttr("lineno", node.lineno as number);
    obj.setAttr("col_offset", node.col_offset as number);
    obj.setAttr("end_lineno", node.end_lineno as number);
    obj.setAttr("end_col_offset", node.end_col_offset as number);
  }
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
