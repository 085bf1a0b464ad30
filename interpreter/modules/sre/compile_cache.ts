// The regex compile cache. CPython's pattern compiler (re/_parser.py and re/_compiler.py) is Python, and
// the modules a program imports compile the same patterns on every start: textwrap, tokenize, email,
// argparse... For `import unittest` those nine compiles cost about a fifth of the import's time. A compile's
// result is a pure function of the pattern, its flags and the compiler's source, so, like bytecode, it
// is kept in the bytecode cache folder: `re._compiler.compile` is wrapped (after the module runs) by a
// builtin that looks the pattern up there and, on a hit, calls `_sre.compile` with the stored arguments
// without running the Python compiler. On a miss the Python compiler runs and the arguments it passed to
// `_sre.compile` are stored. The entry's header records the three compiler modules' source identities,
// so a changed re package never reuses an entry; its body carries a hash, so a damaged one is a miss.
// Patterns that can make the parser warn (FutureWarning for `[[`, `--`, `&&`, `~~`,
// `||`) and DEBUG compiles (which print) always run the Python compiler.
import {
  bytesType,
  call,
  type Kwargs,
  type MethodSpec,
  None,
  PyBuiltinFunction,
  strType,
  type W,
} from "../../objects/model.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { newDict, PyDict } from "../../objects/dict.ts";
import { newList, PyList } from "../../objects/list.ts";
import type { PyModule } from "../../objects/module.ts";
import { PyFunction } from "../../objects/function.ts";
import { asInt } from "../../objects/int.ts";
import { hashBytes, lookupData, storeData } from "../../importing/bytecode_cache.ts";
import { sourceIdentity } from "../../importing/sources.ts";
import { compilePattern } from "./pattern.ts";
import { FLAG } from "./constants.ts";

/** The arguments of the last `_sre.compile` call (mod.ts records them), for storing after a miss. */
export const lastCompile: { args: W[] | null } = { args: null };

/** Misses looked up in this process: a program compiling many distinct patterns stops storing them. */
let misses = 0;
const MAX_MISSES = 200;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Text in a pattern that can make re/_parser.py warn (set syntax CPython may change). */
const WARNING_TEXT = ["[[", "--", "&&", "~~", "||"];

interface Entry {
  flags: number;
  code: number[];
  groups: number;
  groupindex: [string, number][];
  indexgroup: (string | null)[];
}

/** The pattern as text for the entry's key, or null for what the cache does not handle. */
function patternText(p: W): string | null {
  if (p instanceof PyStr && p.cls === strType) return "s" + p.value;
  if (p instanceof PyBytes && p.cls === bytesType) {
    let s = "b";
    const v = p.value;
    for (let i = 0; i < v.length; i++) s += String.fromCharCode(v[i]);
    return s;
  }
  return null;
}

/** An entry's body: the JSON of its Entry, after 16 hex digits of its hash (a damaged entry is a miss). */
function decodeEntry(body: Uint8Array): Entry | null {
  try {
    const json = body.subarray(16);
    if (decoder.decode(body.subarray(0, 16)) !== hashBytes(json)) return null;
    const e = JSON.parse(decoder.decode(json)) as Entry;
    if (
      typeof e.flags !== "number" || !Array.isArray(e.code) || typeof e.groups !== "number" ||
      !Array.isArray(e.groupindex) || !Array.isArray(e.indexgroup)
    ) return null;
    for (const c of e.code) if (typeof c !== "number" || !Number.isInteger(c)) return null;
    for (const g of e.groupindex) {
      if (!Array.isArray(g) || typeof g[0] !== "string" || typeof g[1] !== "number") return null;
    }
    for (const n of e.indexgroup) if (n !== null && typeof n !== "string") return null;
    return e;
  } catch {
    return null;
  }
}

/** The entry for `_sre.compile`'s arguments, or null when they hold anything but plain values. */
function encodeEntry(args: W[]): Uint8Array | null {
  const [, flags, code, groups, groupindex, indexgroup] = args;
  if (typeof flags !== "number" || typeof groups !== "number") return null;
  if (!(code instanceof PyList) || !(groupindex instanceof PyDict) || !(indexgroup instanceof PyTuple)) {
    return null;
  }
  const e: Entry = { flags, code: [], groups, groupindex: [], indexgroup: [] };
  for (const item of code.items) {
    // the opcodes are re._constants' _NamedIntConstant, an int subclass: the engine reads only the value
    const c = typeof item === "number" ? item : asInt(item);
    if (typeof c !== "number") return null;
    e.code.push(c);
  }
  for (const k of groupindex.keysArray()) {
    const v = groupindex.getItem(k);
    if (!(k instanceof PyStr) || typeof v !== "number") return null;
    e.groupindex.push([k.value, v]);
  }
  for (const n of indexgroup.items) {
    if (n === None) e.indexgroup.push(null);
    else if (n instanceof PyStr) e.indexgroup.push(n.value);
    else return null;
  }
  const json = encoder.encode(JSON.stringify(e));
  const out = new Uint8Array(16 + json.length);
  out.set(encoder.encode(hashBytes(json)), 0);
  out.set(json, 16);
  return out;
}

function argsOf(p: W, e: Entry): W[] {
  const groupindex = newDict();
  for (const [name, index] of e.groupindex) groupindex.setItem(newStr(name), index);
  return [
    p,
    e.flags,
    newList(e.code.slice()),
    e.groups,
    groupindex,
    newTuple(e.indexgroup.map((n) => n === null ? None : newStr(n))),
  ];
}

/** What identifies the pattern compiler: the sources of re._compiler, re._parser and re._constants. */
function compilerIdentity(mod: PyModule, modules: PyDict): string | null {
  let out = "";
  for (const name of ["re._compiler", "re._parser", "re._constants"]) {
    const m = name === "re._compiler" ? mod : modules.getStr(name);
    const file = (m as PyModule | undefined)?.dict?.getStr("__file__");
    if (!(file instanceof PyStr)) return null;
    const id = sourceIdentity(file.value);
    if (id === null) return null;
    out += `${name}=${id.identity}\0`;
  }
  return out;
}

/** Wrap `compile` of the just-run module `re._compiler` with the cache (a no-op if it looks different). */
export function installRegexCompileCache(mod: PyModule, sysModules: PyDict): void {
  const original = mod.dict.getStr("compile");
  if (!(original instanceof PyFunction)) return;
  const identity = compilerIdentity(mod, sysModules);
  if (identity === null) return;
  const spec: MethodSpec = {
    name: "compile",
    arity: [1, 2],
    kw: ["p", "flags"],
    impl: (a: W[], _k: Kwargs | null): W => {
      const p = a[0];
      const flags = a[1] ?? 0;
      const text = typeof flags === "number" && (flags & FLAG.DEBUG) === 0 ? patternText(p) : null;
      if (text === null || WARNING_TEXT.some((w) => text.includes(w))) return call(original, [p, flags]);
      const name = `re:${flags}\0${JSON.stringify(text)}`;
      const body = lookupData(name, encoder.encode(identity));
      const e = body === null ? null : decodeEntry(body);
      if (e !== null) return compilePattern(argsOf(p, e));
      lastCompile.args = null;
      const result = call(original, [p, flags]);
      const args = lastCompile.args as W[] | null;
      lastCompile.args = null;
      if (args !== null && args[0] === p && misses++ < MAX_MISSES) {
        const out = encodeEntry(args);
        if (out !== null) storeData(name, encoder.encode(identity), out);
      }
      return result;
    },
  };
  mod.dict.setStr("compile", new PyBuiltinFunction(spec, undefined, "compile", "re._compiler"));
}
