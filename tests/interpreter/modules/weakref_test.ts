// _weakref's bookkeeping: which objects accept weak references, reuse of the basic ref, CPython's order
// of a referent's weak references, and the referent staying reachable through ref().
import assert from "node:assert/strict";
import {
  call,
  newClass,
  newStr,
  None,
  objectType,
  PyInstance,
  type W,
} from "../../../interpreter/objects/mod.ts";
import "../../../interpreter/objects/singletons.ts";
import "../../../interpreter/objects/method.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import {
  callableProxyType,
  newRef,
  proxyType,
  refType,
  supportsWeakrefs,
  weakrefModule,
} from "../../../interpreter/modules/weakref.ts";
import { createNativeModule } from "../../../interpreter/modules/define.ts";

const mod = createNativeModule(weakrefModule);
const fn = (name: string): W => mod.dict.getStr(name)!;

function plainClass(name: string, slots?: string[]) {
  const ns = new Map<string, W>();
  if (slots !== undefined) ns.set("__slots__", newTuple(slots.map((s) => newStr(s))));
  return newClass(name, [objectType], ns);
}

Deno.test("supportsWeakrefs follows __slots__ and builtin layouts", () => {
  assert.equal(supportsWeakrefs(plainClass("A")), true);
  assert.equal(supportsWeakrefs(plainClass("S", [])), false);
  assert.equal(supportsWeakrefs(plainClass("W", ["__weakref__"])), true);
  assert.equal(supportsWeakrefs(objectType), false);
  assert.equal(supportsWeakrefs(refType), true);
});

Deno.test("ref(obj) is shared; refs with callbacks are new and ordered after the basic ones", () => {
  const A = plainClass("A");
  const a = new PyInstance(A);
  const r1 = newRef(refType, a, None);
  assert.equal(newRef(refType, a, None), r1);
  assert.equal(r1.get(), a);
  const cb = fn("getweakrefcount");
  const r2 = newRef(refType, a, cb);
  const p = call(fn("proxy"), [a]);
  const refs = call(fn("getweakrefs"), [a]) as unknown as { items: W[] };
  assert.deepEqual(refs.items, [r1, p, r2]);
  assert.equal(call(fn("getweakrefcount"), [a]), 3);
  assert.equal((p as { cls: unknown }).cls, proxyType);
  assert.notEqual(proxyType, callableProxyType);
});

Deno.test("weak references to ints and plain objects raise TypeError", () => {
  for (const bad of [1 as W, new PyInstance(objectType) as W]) {
    assert.throws(() => newRef(refType, bad, None), (e: unknown) => e instanceof PyError);
  }
});
