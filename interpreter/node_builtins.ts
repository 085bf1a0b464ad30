// Node built-in modules, loaded on first use. A static `import … from "node:zlib"` makes Deno load its
// Node compatibility layer (about 20 ms) at every start, whether or not the program needs it;
// process.getBuiltinModule loads it synchronously when first asked.
import type * as NodeZlib from "node:zlib";
import type * as NodeCrypto from "node:crypto";
import type * as NodeSqlite from "node:sqlite";
import type * as NodeModule from "node:module";

interface ProcessWithBuiltins {
  getBuiltinModule(name: string): unknown;
}
const cache = new Map<string, unknown>();
function builtin<T>(name: string): T {
  let m = cache.get(name);
  if (m === undefined) {
    m = (globalThis as unknown as { process: ProcessWithBuiltins }).process.getBuiltinModule(name);
    cache.set(name, m);
  }
  return m as T;
}

export const nodeZlib = (): typeof NodeZlib => builtin<typeof NodeZlib>("node:zlib");
export const nodeCrypto = (): typeof NodeCrypto => builtin<typeof NodeCrypto>("node:crypto");
export const nodeSqlite = (): typeof NodeSqlite => builtin<typeof NodeSqlite>("node:sqlite");

const required = new Map<string, unknown>();
/** An npm package loaded with require() on first use: importing a CommonJS package statically costs
 * every start tens of milliseconds (Deno loads its Node layer for it). */
export function requireNpm<T>(name: string): T {
  let m = required.get(name);
  if (m === undefined) {
    const mod = builtin<typeof NodeModule>("node:module");
    m = mod.createRequire(import.meta.url)(name);
    required.set(name, m);
  }
  return m as T;
}
