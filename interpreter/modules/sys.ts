// The sys module.
import {
  call,
  callMethod,
  False,
  getAttr,
  getAttrOrUndefined,
  type MethodSpec,
  None,
  PyBuiltinFunction,
  PyObject,
  PyType,
  strType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { intern, isInterned, newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newList, type PyList } from "../objects/list.ts";
import { newDict, type PyDict, PyDict as PyDictClass } from "../objects/dict.ts";
import { newFrozenSet } from "../objects/set.ts";
import { exceptionTypes, PyBaseException } from "../objects/exceptions.ts";
import { state, topmostExc } from "../vm/state.ts";
import { markEscaped } from "../vm/frame.ts";
import { newModule, type PyModule } from "../objects/module.ts";
import { structSeq, structSeqType } from "../objects/structseq.ts";
import { newNamespace } from "../objects/namespace.ts";
import { makeStdStreams } from "./io_files.ts";
import { CACHE_TAG, sysVersion } from "../version.ts";
import { config } from "../config.ts";
import { cacheWrites } from "../importing/bytecode_cache.ts";
import { asFloat, newFloat } from "../objects/float.ts";
import { sched, threadStates } from "../vm/threads.ts";
import { asInt, getIntMaxStrDigits, setIntMaxStrDigits } from "../objects/int.ts";
import { isTrue, repr } from "../objects/operations.ts";
import { setTrace, tracer } from "../vm/tracing.ts";
import { legacyProfile, setProfile } from "./sys_profile.ts";
import { makeMonitoring } from "./sys_monitoring.ts";
import { makeJit } from "./sys_jit.ts";
import { STDLIB_MODULE_NAMES } from "./stdlib_module_names.ts";
import { defaultUnraisableHook } from "./unraisable.ts";
import { importModule } from "../importing/importer.ts";
import { asyncGenHooks, coroutineOriginTracking } from "../objects/generator.ts";

const auditHooks: W[] = [];
/** sys.setswitchinterval, in microseconds as CPython keeps it. */
let switchIntervalUs = 5000;

export const PY_VERSION = [3, 14, 0] as const;

const asyncgenHooksType = structSeqType("asyncgen_hooks", "sys", ["firstiter", "finalizer"]);
const versionInfoType = structSeqType("version_info", "sys", [
  "major",
  "minor",
  "micro",
  "releaselevel",
  "serial",
]);
const flagsType = structSeqType("flags", "sys", [
  "debug",
  "inspect",
  "interactive",
  "optimize",
  "dont_write_bytecode",
  "no_user_site",
  "no_site",
  "ignore_environment",
  "verbose",
  "bytes_warning",
  "quiet",
  "hash_randomization",
  "isolated",
  "dev_mode",
  "utf8_mode",
  "warn_default_encoding",
  "safe_path",
  "int_max_str_digits",
  "gil",
  "thread_inherit_context",
  "context_aware_warnings",
], { visible: 18 });

/** sys.flags from the start-up configuration (CPython's sys flags_fields: 18 in the tuple, 3 attributes). */
function makeFlags(): W {
  const c = config;
  return structSeq(flagsType, [
    c.parserDebug,
    c.inspect,
    c.interactive,
    c.optimize,
    c.dontWriteBytecode,
    c.noUserSite,
    c.noSite,
    c.ignoreEnvironment,
    c.verbose,
    c.bytesWarning,
    c.quiet,
    c.hashRandomization,
    c.isolated,
    c.devMode ? True : False,
    c.utf8Mode,
    c.warnDefaultEncoding,
    c.safePath ? True : False,
    c.intMaxStrDigits,
    1,
    c.threadInheritContext,
    c.contextAwareWarnings,
  ]);
}
const floatInfoType = structSeqType("float_info", "sys", [
  "max",
  "max_exp",
  "max_10_exp",
  "min",
  "min_exp",
  "min_10_exp",
  "dig",
  "mant_dig",
  "epsilon",
  "radix",
  "rounds",
]);
const intInfoType = structSeqType("int_info", "sys", [
  "bits_per_digit",
  "sizeof_digit",
  "default_max_str_digits",
  "str_digits_check_threshold",
]);
const threadInfoType = structSeqType("thread_info", "sys", ["name", "lock", "version"]);
const hashInfoType = structSeqType("hash_info", "sys", [
  "width",
  "modulus",
  "inf",
  "nan",
  "imag",
  "algorithm",
  "hash_bits",
  "seed_bits",
  "cutoff",
]);

export interface SysOptions {
  argv: string[];
  path: string[];
  executable: string;
  prefix: string;
  interactive?: boolean;
}

/** Set by the runtime: print a traceback for (type, value, tb) the way sys.excepthook does. */
export const sysHooks = {
  printException: (_exc: W): void => {},
  builtins: (): PyModule | null => null,
};

function frameAt(depth: number): W {
  let f = state.frame;
  for (let i = 0; i < depth && f !== null; i++) f = f.back;
  if (f === null) raiseValueError("call stack is not deep enough");
  markEscaped(f);
  return f;
}

/**
 * sys.stdin/stdout/stderr and their __std*__ copies, as -u and PYTHONIOENCODING ask; `encoding` is the
 * codec's canonical name once the codec registry can be asked (pymain.ts, as CPython's
 * config_get_codec_name), null before: the name as given.
 */
export function installStdStreams(m: PyModule, encoding: string | null): void {
  const { stdin, stdout, stderr } = makeStdStreams({
    unbuffered: config.unbuffered,
    encoding: encoding ?? config.ioEncoding,
    errors: config.ioErrors,
  });
  for (const [k, v] of [["stdout", stdout], ["stderr", stderr], ["stdin", stdin]] as const) {
    m.dict.setStr(k, v);
    m.dict.setStr(`__${k}__`, v);
  }
}

/**
 * A repr that stdout's encoding cannot encode, as CPython's sys_displayhook_unencodable: encoded with
 * backslashreplace and written to stdout.buffer (or, without one, decoded back and written as text).
 */
function displayUnencodable(out: W, text: PyStr): void {
  const encoding = getAttr(out, "encoding");
  const encoded = callMethod(text, "encode", [encoding, newStr("backslashreplace")]);
  const buffer = getAttrOrUndefined(out, "buffer");
  if (buffer !== undefined && buffer !== None) {
    callMethod(out, "flush", []);
    callMethod(buffer, "write", [encoded]);
  } else {
    callMethod(out, "write", [callMethod(encoded, "decode", [encoding, newStr("strict")])]);
  }
}

export function makeSys(opts: SysOptions): PyModule {
  const m = newModule(
    "sys",
    newStr(
      "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.",
    ),
  );
  const d = m.dict;
  const set = (k: string, v: W) => d.setStr(k, v);
  const strs = (xs: string[]) => newList(xs.map((x) => newStr(x)));
  set("argv", strs(opts.argv));
  set("orig_argv", strs(config.origArgv.length > 0 ? config.origArgv : [opts.executable, ...opts.argv]));
  set("path", strs(opts.path));
  set("modules", newDict());
  set("meta_path", newList([]));
  set("path_hooks", newList([]));
  set("path_importer_cache", newDict());
  set("warnoptions", strs(config.warnoptions));
  const xoptions = newDict();
  for (const [k, v] of config.xoptions) xoptions.setStr(k, v === true ? True : newStr(v));
  set("_xoptions", xoptions);
  const vi = structSeq(versionInfoType, [PY_VERSION[0], PY_VERSION[1], PY_VERSION[2], newStr("final"), 0]);
  set("version_info", vi);
  set("hexversion", 0x030e00f0);
  // (implementation, git tag, git revision) as CPython's sys._git; platform.python_branch() reads it
  set("_git", newTuple([newStr("pypyts"), newStr(""), newStr("")]));
  set("api_version", 1013);
  set("version", newStr(sysVersion()));
  set(
    "implementation",
    newNamespace({
      name: newStr("pypyts"),
      cache_tag: newStr(CACHE_TAG),
      version: vi,
      hexversion: 0x030e00f0,
      _multiarch: newStr("x86_64-linux-gnu"),
      // 3.14: no subinterpreters here (concurrent.interpreters checks this)
      supports_isolated_interpreters: False,
    }),
  );
  set("maxsize", 9223372036854775807n);
  set("maxunicode", 0x10ffff);
  set("byteorder", newStr("little"));
  set("platform", newStr(Deno.build.os === "windows" ? "win32" : Deno.build.os));
  set("abiflags", newStr(""));
  set("monitoring", makeMonitoring());
  set("_jit", makeJit());
  set("stdlib_module_names", newFrozenSet(STDLIB_MODULE_NAMES.map((n) => newStr(n))));
  const unraisableHook = new PyBuiltinFunction(
    {
      name: "unraisablehook",
      arity: [1, 1],
      impl: (a) => (defaultUnraisableHook(a[0]), None),
    },
    undefined,
    "unraisablehook",
    "sys",
  );
  set("unraisablehook", unraisableHook);
  set("__unraisablehook__", unraisableHook);
  set("executable", newStr(opts.executable));
  set("_base_executable", newStr(opts.executable));
  for (const k of ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"]) set(k, newStr(opts.prefix));
  set("platlibdir", newStr("lib"));
  set("pycache_prefix", config.pycachePrefix === null ? None : newStr(config.pycachePrefix));
  set("dont_write_bytecode", config.dontWriteBytecode ? True : False);
  // the bytecode cache writes only while sys.dont_write_bytecode is false, as CPython's pyc writes
  cacheWrites.allowed = () => !isTrue(d.getStr("dont_write_bytecode") ?? False);
  set(
    "copyright",
    newStr("Copyright (c) pypyts authors. Python is Copyright (c) Python Software Foundation."),
  );
  set("float_repr_style", newStr("short"));
  set("builtin_module_names", newTuple(["builtins", "sys"].map((s) => newStr(s))));
  set("flags", makeFlags());
  set(
    "float_info",
    structSeq(floatInfoType, [
      newFloat(Number.MAX_VALUE),
      1024,
      308,
      newFloat(2.2250738585072014e-308),
      -1021,
      -307,
      15,
      53,
      newFloat(Number.EPSILON),
      2,
      1,
    ]),
  );
  set("int_info", structSeq(intInfoType, [30, 4, 4300, 640]));
  // green threads in one OS thread; CPython on Linux reports its pthread implementation
  set("thread_info", structSeq(threadInfoType, [newStr("pthread"), newStr("mutex+cond"), None]));
  set(
    "hash_info",
    structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, newStr("siphash13"), 64, 128, 0]),
  );
  installStdStreams(m, null);
  const fns: MethodSpec[] = [
    {
      name: "exit",
      arity: [0, 1],
      impl: (a) => {
        throw newError(exceptionTypes.SystemExit, a.length > 0 ? [a[0]] : []);
      },
    },
    {
      name: "exc_info",
      arity: [0, 0],
      impl: () => {
        const e = topmostExc();
        if (e === null || e === None) return newTuple([None, None, None]);
        return newTuple([typeOf(e), e, e instanceof PyBaseException ? e.traceback : None]);
      },
    },
    { name: "exception", arity: [0, 0], impl: () => topmostExc() ?? None },
    { name: "getrecursionlimit", arity: [0, 0], impl: () => state.recursionLimit },
    { name: "get_int_max_str_digits", arity: [0, 0], impl: () => getIntMaxStrDigits() },
    {
      name: "set_int_max_str_digits",
      arity: [1, 1],
      kw: ["maxdigits"],
      impl: (a) => {
        setIntMaxStrDigits(a[0]);
        return None;
      },
    },
    {
      name: "setrecursionlimit",
      arity: [1, 1],
      impl: (a) => {
        const n = a[0];
        if (typeof n !== "number") {
          raiseTypeError("'" + typeOf(n).name + "' object cannot be interpreted as an integer");
        }
        if (n < 1) raiseValueError("recursion limit must be greater or equal than 1");
        if (n <= state.depth) {
          throw errorWithMessage(
            "RecursionError",
            `cannot set the recursion limit to ${n} at the recursion depth ${state.depth}: the limit is too low`,
          );
        }
        state.recursionLimit = n;
        return None;
      },
    },
    {
      name: "getsizeof",
      arity: [1, 2],
      impl: (a) => {
        const fn = typeOf(a[0]).lookup("__sizeof__");
        if (fn !== undefined) {
          const r = call(getAttr(a[0], "__sizeof__"), []);
          if (typeof r === "number") return r + 16;
        }
        return a.length > 1 ? a[1] : 56;
      },
    },
    {
      name: "intern",
      arity: [1, 1],
      impl: (a) => {
        const s = a[0];
        if (!(s instanceof PyStr)) raiseTypeError(`intern() argument must be str, not ${typeOf(s).name}`);
        if (s.cls !== strType) raiseTypeError(`can't intern ${typeOf(s).name}`);
        return intern(s);
      },
    },
    {
      name: "_is_interned",
      arity: [1, 1],
      impl: (a) => {
        const s = a[0];
        if (!(s instanceof PyStr)) {
          raiseTypeError(`_is_interned() argument must be str, not ${typeOf(s).name}`);
        }
        return isInterned(s) ? True : False;
      },
    },
    // a build without the free-threading option: the GIL is always on
    { name: "_is_gil_enabled", arity: [0, 0], impl: () => True },
    { name: "_getframe", arity: [0, 1], impl: (a) => frameAt(a.length > 0 ? a[0] as number : 0) },
    {
      // {thread ident: its innermost frame} for every running (green) thread
      name: "_current_frames",
      arity: [0, 0],
      impl: () => {
        const d = new PyDictClass();
        for (const t of threadStates()) {
          if (t.frame === null) continue;
          markEscaped(t.frame);
          d.setItem(t.ident, t.frame);
        }
        return d;
      },
    },
    {
      // {thread ident: the exception it is handling} for the threads handling one
      name: "_current_exceptions",
      arity: [0, 0],
      impl: () => {
        const d = new PyDictClass();
        for (const t of threadStates()) if (t.exc !== null && t.exc !== None) d.setItem(t.ident, t.exc);
        return d;
      },
    },
    {
      // the __module__ of the function running `depth` frames up (module code: its __name__), or None
      name: "_getframemodulename",
      arity: [0, 1],
      kw: ["depth"],
      impl: (a) => {
        let f = state.frame;
        for (let i = a.length > 0 && a[0] !== undefined ? a[0] as number : 0; i > 0 && f !== null; i--) {
          f = f.back;
        }
        if (f === null) return None;
        if (f.func !== null) return f.func.module;
        const g = f.globals;
        return g instanceof PyDictClass ? g.getStr("__name__") ?? None : None;
      },
    },
    {
      name: "get_asyncgen_hooks",
      arity: [0, 0],
      impl: () =>
        structSeq(asyncgenHooksType, [asyncGenHooks.firstiter ?? None, asyncGenHooks.finalizer ?? None]),
    },
    {
      name: "set_asyncgen_hooks",
      arity: [0, 2],
      kw: ["firstiter", "finalizer"],
      impl: (a) => {
        const check = (w: W | undefined, what: string): W | null | undefined => {
          if (w === undefined) return undefined;
          if (w === None) return null;
          if (typeOf(w).lookup("__call__") === undefined) {
            raiseTypeError(`callable ${what} expected, got ${typeOf(w).name}`);
          }
          return w;
        };
        const first = check(a[0], "firstiter"), fin = check(a[1], "finalizer");
        if (fin !== undefined) asyncGenHooks.finalizer = fin;
        if (first !== undefined) asyncGenHooks.firstiter = first;
        return None;
      },
    },
    {
      // 3.14: dataclasses(slots=True) drops the __dict__/__weakref__ descriptors of the class it replaces
      name: "_clear_type_descriptors",
      arity: [1, 1],
      impl: (a) => {
        const t = a[0];
        if (!(t instanceof PyType)) raiseTypeError(`expected a type, got ${typeOf(t).name}`);
        t.dict.delete("__dict__");
        t.dict.delete("__weakref__");
        t.mutated();
        return None;
      },
    },
    { name: "getdefaultencoding", arity: [0, 0], impl: () => newStr("utf-8") },
    { name: "getfilesystemencoding", arity: [0, 0], impl: () => newStr("utf-8") },
    { name: "getfilesystemencodeerrors", arity: [0, 0], impl: () => newStr("surrogateescape") },
    { name: "is_finalizing", arity: [0, 0], impl: () => False },
    // PEP 768 remote debugging (sys.remote_exec) needs a process another debugger can attach to: never on
    { name: "is_remote_debug_enabled", arity: [0, 0], impl: () => False },
    // how many creating frames a new coroutine records in cr_origin (asyncio's debug mode sets it)
    { name: "get_coroutine_origin_tracking_depth", arity: [0, 0], impl: () => coroutineOriginTracking.depth },
    {
      name: "set_coroutine_origin_tracking_depth",
      arity: [1, 1],
      kw: ["depth"],
      impl: (a) => {
        const d = asInt(a[0]);
        if (d === undefined) {
          raiseTypeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
        }
        if (d < 0) raiseValueError("depth must be >= 0");
        coroutineOriginTracking.depth = Number(d);
        return None;
      },
    },
    // -X cpu_count=N (os.py asks when posix has sched_getaffinity); -1: not configured
    { name: "_get_cpu_count_config", arity: [0, 0], impl: () => config.cpuCount },
    // PEP 578 audit hooks: hooks run in order for every sys.audit(event, *args) (os, shutil… call it)
    {
      name: "audit",
      arity: [1, -1],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) {
          raiseTypeError(
            `expected str for argument 'event', not ${(a[0] as { cls?: { name: string } }).cls?.name}`,
          );
        }
        if (auditHooks.length > 0) {
          const args = newTuple(a.slice(1));
          for (const h of auditHooks.slice()) call(h, [a[0], args]);
        }
        return None;
      },
    },
    {
      name: "addaudithook",
      arity: [1, 1],
      impl: (a) => {
        auditHooks.push(a[0]);
        return None;
      },
    },
    // how often a running green thread gives way to the others (vm/threads.ts), kept in microseconds
    { name: "getswitchinterval", arity: [0, 0], impl: () => newFloat(switchIntervalUs / 1e6) },
    {
      name: "setswitchinterval",
      arity: [1, 1],
      impl: (a) => {
        const v = asFloat(a[0]);
        if (v === undefined) raiseTypeError(`must be real number, not ${typeOf(a[0]).name}`);
        if (!(v > 0)) raiseValueError("switch interval must be strictly positive");
        switchIntervalUs = Math.min(Math.floor(1e6 * v), 2 ** 53);
        sched.intervalMs = switchIntervalUs / 1000;
        return None;
      },
    },
    { name: "gettrace", arity: [0, 0], impl: () => tracer.func ?? None },
    { name: "getprofile", arity: [0, 0], impl: () => legacyProfile.func ?? None },
    {
      name: "settrace",
      arity: [1, 1],
      impl: (a) => {
        setTrace(a[0]);
        return None;
      },
    },
    {
      name: "setprofile",
      arity: [1, 1],
      impl: (a) => {
        setProfile(a[0]);
        return None;
      },
    },
    // threading.settrace_all_threads / setprofile_all_threads: pypyts's trace and profile functions are
    // shared by all (green) threads already
    {
      name: "_settraceallthreads",
      arity: [1, 1],
      impl: (a) => {
        setTrace(a[0]);
        return None;
      },
    },
    {
      name: "_setprofileallthreads",
      arity: [1, 1],
      impl: (a) => {
        setProfile(a[0]);
        return None;
      },
    },
    {
      // the default breakpoint(): $PYTHONBREAKPOINT ("0" disables; "mod.func" picks another debugger)
      name: "breakpointhook",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        let spec = "";
        try {
          spec = Deno.env.get("PYTHONBREAKPOINT") ?? "";
        } catch { /* no env access */ }
        if (spec === "0") return None;
        if (spec === "") spec = "pdb.set_trace";
        const dot = spec.lastIndexOf(".");
        const modName = dot < 0 ? "builtins" : spec.slice(0, dot);
        const attr = dot < 0 ? spec : spec.slice(dot + 1);
        let hook: W;
        try {
          hook = getAttr(importModule(modName), attr);
        } catch {
          const warn = getAttr(importModule("warnings"), "warn");
          call(warn, [
            newStr(`Ignoring unimportable $PYTHONBREAKPOINT: "${spec}"`),
            exceptionTypes.RuntimeWarning,
          ]);
          return None;
        }
        return call(hook, a, kw);
      },
    },
    {
      name: "displayhook",
      arity: [1, 1],
      impl: (a) => {
        const v = a[0];
        if (v === None) return None;
        const b = sysHooks.builtins();
        if (b !== null) b.dict.setStr("_", None);
        const out = d.getStr("stdout");
        if (out === undefined || out === None) throw errorWithMessage("RuntimeError", "lost sys.stdout");
        const text = newStr(repr(v));
        try {
          call(getAttr(out, "write"), [text]);
        } catch (e) {
          if (!(e instanceof PyError && e.matches(exceptionTypes.UnicodeEncodeError))) throw e;
          displayUnencodable(out, text);
        }
        call(getAttr(out, "write"), [newStr("\n")]);
        if (b !== null) b.dict.setStr("_", v);
        return None;
      },
    },
    {
      name: "excepthook",
      arity: [3, 3],
      impl: (a) => {
        sysHooks.printException(a[1]);
        return None;
      },
    },
    {
      name: "call_tracing",
      arity: [2, 2],
      impl: (a) => {
        if (!(a[1] instanceof PyTuple)) {
          raiseTypeError(`call_tracing() argument 2 must be tuple, not ${typeOf(a[1]).name}`);
        }
        return call(a[0], [...a[1].items]);
      },
    },
  ];
  for (const spec of fns) d.setStr(spec.name, new PyBuiltinFunction(spec, undefined, spec.name));
  set("__displayhook__", d.getStr("displayhook")!);
  set("__breakpointhook__", d.getStr("breakpointhook")!);
  set("__excepthook__", d.getStr("excepthook")!);
  void True;
  void PyObject;
  return m;
}

export function sysDict(m: PyModule): PyDict {
  return m.dict;
}
export function sysList(m: PyModule, name: string): PyList {
  return m.dict.getStr(name) as PyList;
}
