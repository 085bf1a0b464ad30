// Run by weakref_collect_test.ts under the launcher's V8 flags (--allow-natives-syntax, --expose-gc):
// referents made and dropped inside a function die at collectNow(), their refs read undefined and the
// callbacks of callback-bearing refs run; a referent still held stays. Prints one JSON line.
import { None, objectType, PyBuiltinFunction, PyInstance, type W } from "../../../interpreter/objects/mod.ts";
import "../../../interpreter/objects/singletons.ts";
import "../../../interpreter/objects/method.ts";
import { newClass } from "../../../interpreter/objects/mod.ts";
import {
  collectNow,
  newRef,
  type PyWeakref,
  refType,
  runPendingWeakrefCallbacks,
} from "../../../interpreter/modules/weakref.ts";

const A = newClass("A", [objectType], new Map());
const called: string[] = [];
const callback = (tag: string): W =>
  new PyBuiltinFunction(
    {
      name: `cb_${tag}`,
      arity: [1, 1],
      impl: (a) => {
        called.push(`${tag}:${(a[0] as PyWeakref).get() === undefined ? "dead" : "alive"}`);
        return None;
      },
    },
    undefined,
    `cb_${tag}`,
  );

function dropped(): PyWeakref[] {
  const obj = new PyInstance(A);
  return [
    newRef(refType, obj, None),
    newRef(refType, obj, callback("first")),
    newRef(refType, obj, callback("second")),
  ];
}

const held = new PyInstance(A);
const heldRef = newRef(refType, held, callback("held"));
const refs = dropped();
const collected = collectNow();
runPendingWeakrefCallbacks();
console.log(JSON.stringify({
  collected,
  dead: refs.map((r) => r.get() === undefined),
  heldAlive: heldRef.get() === held,
  called,
}));
