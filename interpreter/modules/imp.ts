// _imp: the import machinery's C half that importlib._bootstrap calls. Builtin modules are the TS ones
// (created through the importer's registry); there are no frozen modules and no extension modules yet
// (cpyext comes later), so those queries answer "no" the way CPython does for an unknown name.
import { False, getAttrOrUndefined, None, type W } from "../objects/model.ts";
import { errorWithMessage } from "../vm/errors.ts";
import { newStr, PyStr, strValue } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { finderHooks, sourceHash } from "../importing/finders.ts";
import type { NativeModuleDef } from "./define.ts";

function specName(spec: W): string {
  const n = getAttrOrUndefined(spec, "name");
  if (!(n instanceof PyStr)) throw errorWithMessage("TypeError", "spec has no name");
  return n.value;
}
const no = () => False;
const noFrozen = (a: W[]): W => {
  throw errorWithMessage("ImportError", `No such frozen object named '${strValue(a[0], "name")}'`);
};

export const impModule: NativeModuleDef = {
  name: "_imp",
  doc: "(Extremely) low-level import machinery bits as used by importlib.",
  functions: [
    { name: "acquire_lock", arity: [0, 0], impl: () => None },
    { name: "release_lock", arity: [0, 0], impl: () => None },
    { name: "lock_held", arity: [0, 0], impl: () => False },
    {
      name: "is_builtin",
      arity: [1, 1],
      impl: (a) => (finderHooks.isNative(strValue(a[0], "name")) ? 1 : 0),
    },
    {
      name: "create_builtin",
      arity: [1, 1],
      impl: (a) => {
        const name = specName(a[0]);
        if (!finderHooks.isNative(name)) {
          throw errorWithMessage("ImportError", `no built-in module named ${name}`);
        }
        return finderHooks.createNative(name);
      },
    },
    { name: "exec_builtin", arity: [1, 1], impl: () => 0 },
    { name: "is_frozen", arity: [1, 1], impl: no },
    { name: "is_frozen_package", arity: [1, 1], impl: noFrozen },
    { name: "find_frozen", arity: [1, 2], kw: ["withdata"], impl: () => None },
    { name: "get_frozen_object", arity: [1, 2], impl: noFrozen },
    { name: "init_frozen", arity: [1, 1], impl: () => None },
    { name: "_frozen_module_names", arity: [0, 0], impl: () => newList([]) },
    { name: "extension_suffixes", arity: [0, 0], impl: () => newList([]) },
    {
      name: "create_dynamic",
      arity: [1, 2],
      impl: (a) => {
        throw errorWithMessage(
          "ImportError",
          `extension modules are not supported yet (cpyext): ${specName(a[0])}`,
        );
      },
    },
    { name: "exec_dynamic", arity: [1, 1], impl: () => 0 },
    { name: "_fix_co_filename", arity: [2, 2], impl: () => None },
    { name: "_override_frozen_modules_for_tests", arity: [1, 1], impl: () => None },
    { name: "_override_multi_interp_extensions_check", arity: [1, 1], impl: () => -1 },
    {
      // importlib.util.source_hash: a keyed 64-bit hash of the source (CPython uses SipHash-1-3).
      name: "source_hash",
      arity: [2, 2],
      kw: ["key", "source"],
      impl: (a) => {
        const src = bytesLike(a[1]);
        if (src === undefined) throw errorWithMessage("TypeError", "source must be a bytes-like object");
        return newBytes(sourceHash(String(a[0]), src));
      },
    },
  ],
  values: () => ({
    check_hash_based_pycs: newStr("default"),
    // pypyts's own magic number (importing/bytecode_cache.ts pycMagicToken): its .pyc files hold its code
    pyc_magic_number_token: finderHooks.pycMagic(),
  }),
};
