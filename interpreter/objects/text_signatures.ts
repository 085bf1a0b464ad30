// `__text_signature__` of builtin functions, methods and types. CPython cuts it from the first line of a
// builtin's C docstring ("len($module, obj, /)\n--\n\n..."); pypyts keeps CPython's strings in a table
// (text_signatures_data.ts, made by tools/gen_text_signatures.ts) keyed by module or type name, read on
// the first lookup. A builtin without an entry has None, and inspect.signature() raises ValueError for it,
// as CPython does for builtins whose docstring has no signature.
import { None, PyBuiltinFunction, PyMethodDescriptor, PyType, type W } from "./model.ts";
import { newStr, PyStr } from "./str.ts";
import { TEXT_SIGNATURES_JSON } from "./text_signatures_data.ts";

interface SignatureTable {
  /** module name → function name → signature */
  functions: Map<string, Map<string, string>>;
  /** builtin type name → attribute name → signature; "" is the type's own (its constructor's) */
  types: Map<string, Map<string, string>>;
}
let table: SignatureTable | null = null;

function load(): SignatureTable {
  if (table !== null) return table;
  const raw = JSON.parse(TEXT_SIGNATURES_JSON) as Record<string, Record<string, Record<string, string>>>;
  const asMaps = (o: Record<string, Record<string, string>>) =>
    new Map(Object.entries(o).map(([k, v]) => [k, new Map(Object.entries(v))]));
  table = { functions: asMaps(raw.functions), types: asMaps(raw.types) };
  return table;
}

function orNone(s: string | undefined): W {
  return s === undefined ? None : newStr(s);
}

/**
 * A builtin function or bound builtin method: a module function is found by its module and name, a method
 * by the type that defines it (the start of its qualified name, "list.append").
 */
export function builtinFunctionTextSignature(f: PyBuiltinFunction): W {
  if (f.spec.textSignature !== undefined) return newStr(f.spec.textSignature);
  const dot = f.qualname.lastIndexOf(".");
  if (dot < 0) return orNone(load().functions.get(f.module ?? "builtins")?.get(f.spec.name));
  return orNone(load().types.get(f.qualname.slice(0, dot))?.get(f.spec.name));
}

/** An unbound method of a builtin type (method_descriptor, classmethod_descriptor). */
export function methodDescriptorTextSignature(d: PyMethodDescriptor): W {
  if (d.spec.textSignature !== undefined) return newStr(d.spec.textSignature);
  if (d.owner.module !== "builtins") return None;
  return orNone(load().types.get(d.owner.name)?.get(d.spec.name));
}

/**
 * type.__text_signature__: a builtin type's from the table; a class's from its docstring when that starts
 * with "Name(...)\n--\n\n" (CPython's _PyType_GetTextSignatureFromInternalDoc over tp_doc).
 */
export function typeTextSignature(t: PyType): W {
  const own = nativeTypeSignatures.get(t);
  if (own !== undefined) return newStr(own);
  if (!t.isHeapType) return t.module === "builtins" ? orNone(load().types.get(t.name)?.get("")) : None;
  const doc = t.dict.get("__doc__");
  return doc instanceof PyStr ? orNone(signatureFromDoc(t.name, doc.value)) : None;
}

/** The constructor signatures native modules give their types (operator.attrgetter: "(attr, /, *attrs)"). */
const nativeTypeSignatures = new Map<PyType, string>();
export function setTypeTextSignature(t: PyType, signature: string): void {
  nativeTypeSignatures.set(t, signature);
}

const SIGNATURE_END = ")\n--\n\n";

/** The "(...)" after `name` at the start of an internal docstring ending in ")\n--\n\n", if there is one. */
export function signatureFromDoc(name: string, doc: string): string | undefined {
  const short = name.slice(name.lastIndexOf(".") + 1);
  if (!doc.startsWith(short) || doc[short.length] !== "(") return undefined;
  const start = short.length;
  for (let i = start; i < doc.length; i++) {
    if (doc.startsWith(SIGNATURE_END, i)) return doc.slice(start, i + 1);
    if (doc[i] === "\n" && doc[i + 1] === "\n") return undefined;
  }
  return undefined;
}
