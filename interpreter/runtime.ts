// Boot and run: wires the object space, the VM and the modules together, then runs a file, `-c` code,
// `-m` module or the REPL with CPython's exit codes (SystemExit, uncaught exception → 1,
// KeyboardInterrupt → 130) and traceback printing.
import {
  call,
  getAttrOrUndefined,
  None,
  PyBool,
  PyObject,
  pythonCallHooks,
  setPythonCallHook,
  True,
  typeOf,
  type W,
} from "./objects/model.ts";
import * as objects from "./objects/mod.ts";
import { errorWithMessage, PyError, toPyError } from "./vm/errors.ts";
import { generatorWarnings } from "./objects/generator.ts";
import { functionWarnings } from "./objects/function.ts";
import { intHooks } from "./objects/int.ts";
import { warnDeprecation } from "./modules/ast/warn.ts";
import { libc } from "./modules/libc.ts";
import { newStr, PyStr } from "./objects/str.ts";
import { newTuple } from "./objects/tuple.ts";
import * as listMod from "./objects/list.ts";
import * as dictMod from "./objects/dict.ts";
import * as setMod from "./objects/set.ts";
import * as rangeMod from "./objects/range.ts";
import * as bytesMod from "./objects/bytes.ts";
import * as complexMod from "./objects/complex.ts";
import * as enumerateMod from "./objects/enumerate.ts";
import * as zipMod from "./objects/zip.ts";
import * as mapMod from "./objects/map.ts";
import * as filterMod from "./objects/filter.ts";
import * as reversedMod from "./objects/reversed.ts";
import * as superMod from "./objects/super.ts";
import * as propertyMod from "./objects/property.ts";
import "./objects/staticmethod.ts";
import "./objects/singletons.ts";
import "./objects/method.ts";
import "./objects/frameobject.ts";
import "./objects/typeattrs.ts";
import "./objects/object_reduce.ts";
import "./objects/exception_attrs.ts";
import { classGetItem, installBuiltinClassGetItems, installClassGetItem } from "./objects/genericalias.ts";
import "./objects/formatting.ts";
import "./objects/bool.ts";
import { functionHooks, PyFunction } from "./objects/function.ts";
import { codeFor, constantHooks, PyCode } from "./objects/codeobject.ts";
import { marshalLoads } from "./modules/marshal.ts";
import {
  exceptionDictHooks,
  exceptionListHooks,
  exceptionTypes,
  PyBaseException,
} from "./objects/exceptions.ts";
import { generatorHooks } from "./objects/generator.ts";
import { newModule, PyModule } from "./objects/module.ts";
import { run } from "./vm/eval.ts";
import { callFunction, callFunction2, executeHook, runCode } from "./vm/call.ts";
import { state } from "./vm/state.ts";
import { builtinsRef, matchFlags, vmHooks } from "./vm/ops.ts";
import { builtinsHooks, makeBuiltins, runtimeHooks } from "./modules/builtins.ts";
import { makeSys, sysHooks } from "./modules/sys.ts";
import { NATIVE_MODULES } from "./modules/registry.ts";
import {
  adoptNativeBuiltinImporter,
  adoptPythonSourceLoader,
  builtinImporterType,
  defaultPathHooks,
  finderHooks,
  findPathSpec,
  isSourceless,
  makeSpec,
  pathFinderType,
  sourceLoaderFor,
} from "./importing/finders.ts";
import { readBytes, sourceIdentity } from "./importing/sources.ts";
import { cachedCompileFile, pycMagicToken } from "./importing/bytecode_cache.ts";
import { stopWatchingInterrupts } from "./vm/interrupts.ts";
import { createNativeModule } from "./modules/define.ts";
import { flushAll } from "./modules/io_files.ts";
import { runExitFuncs } from "./modules/atexit.ts";
import { finalizeAtExit } from "./modules/finalizers.ts";
import { shutdownThreads } from "./modules/thread.ts";
import { compileToCode } from "./modules/compile_builtin.ts";
import {
  defaultImport,
  importFull,
  importModule,
  importNameOp,
  importStar,
  installImporter,
} from "./importing/importer.ts";
import { formatException, registerSource, setGroupType, setSyntaxErrorType } from "./vm/traceback_print.ts";
import { installExceptionGroups } from "./objects/exceptiongroup.ts";
import { decodeSource } from "./parser/source.ts";
import { ComplexLit, ConstantFrozenset, ConstantTuple, EllipsisLit } from "./parser/ast.ts";
import { CodeObject } from "./compiler/code.ts";
import { typingIntrinsic } from "./modules/typing.ts";
import { iterateToArray, subscriptHooks } from "./objects/operations.ts";
import { config } from "./config.ts";
import { installRegexCompileCache } from "./modules/sre/compile_cache.ts";
import { moduleErrorHooks } from "./vm/module_errors.ts";

export interface RuntimeOptions {
  argv: string[];
  /** sys.path[0]: the script's folder, "" for -c and the REPL, the cwd for -m; null: none (-P). */
  path0: string | null;
  executable?: string;
  interactive?: boolean;
}

export interface Runtime {
  sys: PyModule;
  builtins: PyModule;
  main: PyModule;
}

let booted: Runtime | null = null;

/** Python constant from a compile-time constant. */
function convertConstant(c: unknown, toCode: (co: CodeObject) => W): W {
  if (c === null) return None;
  if (typeof c === "boolean") return c ? True : objects.False;
  if (typeof c === "bigint") return objects.normBig(c);
  if (typeof c === "number") return objects.newFloat(c);
  if (typeof c === "string") return newStr(c);
  if (c instanceof Uint8Array) return bytesMod.newBytes(c);
  if (c instanceof EllipsisLit) return objects.Ellipsis;
  if (c instanceof ComplexLit) return complexMod.newComplex(c.real, c.imag);
  if (c instanceof ConstantTuple) return newTuple(c.items.map((x) => convertConstant(x, toCode)));
  if (c instanceof ConstantFrozenset) {
    return setMod.newFrozenSet(c.items.map((x) => convertConstant(x, toCode)));
  }
  if (c instanceof CodeObject) return toCode(c);
  throw new Error(`unknown constant ${String(c)}`);
}

export function boot(opts: RuntimeOptions): Runtime {
  if (booted !== null) return booted;
  // Python exceptions are JS Errors (PyError): capturing a JS stack for each would dominate code that
  // raises often (StopIteration ends every generator). Stacks are kept for PYPYTS_DEBUG=1.
  if (Deno.env.get("PYPYTS_DEBUG") !== "1") {
    (Error as unknown as { stackTraceLimit: number }).stackTraceLimit = 0;
  }
  executeHook.run = (f) => run(f);
  generatorHooks.execute = (f, thrown) => run(f, thrown);
  constantHooks.convert = convertConstant;
  pythonCallHooks.call2 = (f, a, b) => callFunction2(f as PyFunction, a, b);
  setPythonCallHook((callable, args, kwargs) => {
    if (callable instanceof PyFunction) return callFunction(callable, args, kwargs);
    return undefined as unknown as W;
  });
  exceptionListHooks.newList = (items) => listMod.newList(items);
  exceptionListHooks.append = (l, x) => void (l as listMod.PyList).items.push(x);
  exceptionListHooks.isList = (l) => l instanceof listMod.PyList;
  exceptionDictHooks.isDict = (d) => d instanceof dictMod.PyDict;
  exceptionDictHooks.size = (d) => (d as dictMod.PyDict).size;
  exceptionDictHooks.items = (d) => (d as dictMod.PyDict).itemsArray();
  setSyntaxErrorType(exceptionTypes.SyntaxError);
  matchFlags.sequence.add(rangeMod.rangeType);
  matchFlags.sequence.add(bytesMod.memoryviewType);
  installClassGetItem([
    objects.listType,
    objects.dictType,
    objects.tupleType,
    setMod.setType,
    setMod.frozensetType,
    enumerateMod.enumerateType,
    objects.exceptionTypes.BaseExceptionGroup,
  ]);
  installBuiltinClassGetItems();
  subscriptHooks.typeAlias = (key) => classGetItem(objects.typeType, key);
  const group = installExceptionGroups();
  setGroupType(group);

  const builtins = makeBuiltins([
    objects,
    listMod,
    dictMod,
    setMod,
    rangeMod,
    bytesMod,
    complexMod,
    enumerateMod,
    zipMod,
    mapMod,
    filterMod,
    reversedMod,
    superMod,
    propertyMod,
  ]);
  builtinsRef.dict = builtins.dict;
  const exe = opts.executable ?? Deno.env.get("PYPYTS_EXECUTABLE") ?? Deno.execPath();
  const prefix = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
  const sys = makeSys({
    argv: opts.argv,
    path: [...(opts.path0 === null ? [] : [opts.path0]), ...pythonPathEntries(), stdlibArchive(prefix)],
    executable: exe,
    prefix,
    interactive: opts.interactive,
  });
  const modules = sys.dict.getStr("modules") as dictMod.PyDict;
  modules.setStr("sys", sys);
  sys.dict.setStr("meta_path", listMod.newList([builtinImporterType, pathFinderType]));
  sys.dict.setStr("path_hooks", listMod.newList(defaultPathHooks.slice()));
  moduleErrorHooks.sys = () => sys;
  sys.dict.setStr(
    "builtin_module_names",
    objects.newTuple(
      // top-level names only: a native package's submodules (dbm.dumb) are no builtin modules of their own
      ["builtins", "sys", ...NATIVE_MODULES.map(([name]) => name).filter((n) => !n.includes("."))].sort()
        .map((n) => newStr(n)),
    ),
  );
  modules.setStr("builtins", builtins);
  // made before the import system: their specs as importlib._bootstrap._setup gives CPython's
  for (const m of [sys, builtins]) {
    m.dict.setStr("__spec__", makeSpec(m.name, builtinImporterType, "built-in", null));
    m.dict.setStr("__loader__", builtinImporterType);
  }
  const stdout = () => sys.dict.getStr("stdout") ?? None;
  builtinsHooks.stdout = stdout;
  runtimeHooks.stdin = () => sys.dict.getStr("stdin") ?? None;
  sysHooks.builtins = () => builtins;
  sysHooks.printException = (exc) => printException(exc);
  installImporter({
    sysModules: () => sys.dict.getStr("modules") as dictMod.PyDict,
    sysPath: () => sys.dict.getStr("path") ?? None,
    sysPathHooks: () => sys.dict.getStr("path_hooks") ?? None,
    sysPathImporterCache: () => sys.dict.getStr("path_importer_cache") ?? None,
    sysMetaPath: () => sys.dict.getStr("meta_path") ?? None,
    builtins: () => builtins,
    nativeModules: new Map(NATIVE_MODULES.map(([name, def]) => [name, () => createNativeModule(def())])),
    afterExec: new Map([
      ["re._compiler", installRegexCompileCache],
      ["importlib._bootstrap", adoptNativeBuiltinImporter],
      ["importlib._bootstrap_external", adoptPythonSourceLoader],
    ]),
  });
  vmHooks.importName = importNameOp;
  vmHooks.typingIntrinsic = typingIntrinsic;
  // types.FunctionType(code, globals): builtins and module from the globals, as CPython
  functionHooks.builtinsFor = (g) => {
    const b = g instanceof dictMod.PyDict ? g.getStr("__builtins__") : undefined;
    if (b instanceof PyModule) return b.dict;
    if (b instanceof dictMod.PyDict) return b;
    return state.frame?.builtins ?? builtins.dict;
  };
  functionHooks.moduleOf = (g) => (g instanceof dictMod.PyDict ? g.getStr("__name__") ?? None : None);
  vmHooks.importStar = importStar;
  vmHooks.sysModules = () => sys.dict.getStr("modules") as dictMod.PyDict;
  generatorWarnings.deprecation = warnDeprecation;
  functionWarnings.deprecation = warnDeprecation;
  intHooks.deprecation = warnDeprecation;
  vmHooks.displayHook = (v) => {
    const hook = sys.dict.getStr("displayhook");
    if (hook === undefined) throw errorWithMessage("RuntimeError", "lost sys.displayhook");
    call(hook, [v]);
  };
  runtimeHooks.importFunc = (name, globals, fromlist, level) => importFull(name, globals, fromlist, level);
  defaultImport.fn = builtins.dict.getStr("__import__") ?? null;

  const main = newModule("__main__");
  main.dict.setStr("__builtins__", builtins);
  modules.setStr("__main__", main);
  booted = { sys, builtins, main };
  return booted;
}

/** $PYTHONPATH's folders, which CPython puts after the script's folder. */
function pythonPathEntries(): string[] {
  if (config.ignoreEnvironment) return []; // -E, -I
  let v: string | undefined;
  try {
    v = Deno.env.get("PYTHONPATH");
  } catch { /* no env permission */ }
  return v === undefined || v === "" ? [] : v.split(":").filter((p) => p !== "");
}

/** CPython's own pure-Python library: pyodide's python_stdlib.zip, read in place ($PYPYTS_STDLIB overrides). */
function stdlibArchive(prefix: string): string {
  try {
    const p = Deno.env.get("PYPYTS_STDLIB");
    if (p !== undefined && p !== "") return p;
  } catch { /* no env permission */ }
  return `${prefix}/node_modules/pyodide/python_stdlib.zip`;
}

/** Write to sys.stderr (flushed), or to the process's stderr when sys.stderr is missing or fails. */
export function stderrWrite(text: string): void {
  const rt = booted;
  const err = rt === null ? undefined : rt.sys.dict.getStr("stderr");
  if (err !== undefined && err !== None) {
    try {
      call(objects.getAttr(err, "write"), [newStr(text)]);
      const fl = getAttrOrUndefined(err, "flush");
      if (fl !== undefined) call(fl, []);
      return;
    } catch { /* fall back to the raw stream */ }
  }
  Deno.stderr.writeSync(new TextEncoder().encode(text));
}

/** Print an exception with its traceback to sys.stderr, as CPython's default excepthook does. */
export function printException(exc: W): void {
  let text: string;
  try {
    text = formatException(exc);
  } catch (e) {
    text = `${typeOf(exc).name}: <traceback formatting failed: ${
      e instanceof Error ? e.message : String(e)
    }>\n`;
  }
  stdoutFlush();
  stderrWrite(text);
}

function stdoutFlush(): void {
  const rt = booted;
  if (rt === null) return;
  const out = rt.sys.dict.getStr("stdout");
  if (out === undefined || out === None) return;
  try {
    const fl = getAttrOrUndefined(out, "flush");
    if (fl !== undefined) call(fl, []);
  } catch { /* nothing to do at exit */ }
}

/** SystemExit → exit status, printing a non-int code to stderr as CPython does. */
function systemExitCode(exc: PyBaseException): number {
  const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : newTuple(exc.args);
  if (code === None) return 0;
  if (typeof code === "number") return code & 0xff;
  // CPython takes the int as a C long long truncated to int; one that overflows exits with -1
  if (typeof code === "bigint") {
    return BigInt.asIntN(64, code) === code ? Number(BigInt.asIntN(32, code)) & 0xff : 0xff;
  }
  if (code instanceof PyBool) return code.value ? 1 : 0;
  stdoutFlush();
  stderrWrite(objects.str(code) + "\n");
  return 1;
}

/** Handle an exception that reached the top level; returns the exit status. */
export function handleUncaught(e: unknown): number {
  const err = e instanceof PyError ? e : internalError(e);
  const exc = err.value;
  if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(exceptionTypes.SystemExit)) {
    return systemExitCode(exc);
  }
  const rt = booted;
  const hook = rt?.sys.dict.getStr("excepthook");
  const builtinHook = rt?.sys.dict.getStr("__excepthook__");
  try {
    if (hook !== undefined && hook !== builtinHook) {
      call(hook, [typeOf(exc), exc, exc instanceof PyBaseException ? exc.traceback : None]);
    } else printException(exc);
  } catch (e2) {
    printException(toPyError(e2).value);
  }
  if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(exceptionTypes.KeyboardInterrupt)) {
    uncaughtKeyboardInterrupt = true;
    return 130;
  }
  return 1;
}

/** Set when the program ended with an uncaught KeyboardInterrupt (see exitBySigint). */
export let uncaughtKeyboardInterrupt = false;

/**
 * After an uncaught KeyboardInterrupt, end the process by SIGINT with its default action, as CPython's
 * exit_sigint does, so a parent sees "killed by SIGINT" (a shell's 130, subprocess's -2) and can stop too.
 * Returns only when that is not possible here; the caller then exits with 130.
 */
export function exitBySigint(): void {
  const c = libc();
  if (c === null) return;
  try {
    c.signal(2, Deno.UnsafePointer.create(0n)); // SIG_DFL
    c.kill(c.getpid(), 2);
  } catch { /* exit with 130 instead */ }
}

function internalError(e: unknown): PyError {
  if (Deno.env.get("PYPYTS_DEBUG") === "1" && e instanceof Error) console.error(e.stack);
  return toPyError(e);
}

/**
 * Compile and run source text as the __main__ module. A script file (`identity` given: its source's, see
 * importing/sources.ts) is compiled through the bytecode cache as an imported module is (CPython compiles
 * it on every run; for pypyts's compiler in TS that is tens of milliseconds for a few hundred lines); `-c`
 * text is not cached.
 */
export function runMainSource(rt: Runtime, source: string, filename: string, identity?: string): void {
  registerSource(filename, source);
  const d = rt.main.dict;
  if (!filename.startsWith("<")) d.setStr("__file__", newStr(filename));
  const code = identity === undefined
    ? compileToCode(source, filename, "exec")
    : codeFor(cachedCompileFile(filename, identity, () => compileToCode(source, filename, "exec").co, false));
  runCode(code, d, rt.builtins.dict, d);
}

/** Whether `bytes` start with the `.pyc` magic number (CPython's maybe_pyc_file also takes a .pyc name). */
export function isPycData(bytes: Uint8Array): boolean {
  return bytes.length >= 4 &&
    new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === pycMagicToken();
}

/**
 * `pypyts FILE.pyc`: CPython's run_pyc_file. The 16-byte header's magic number must be ours, then one
 * marshalled code object (pypyts's own, as its py_compile writes) runs as __main__, with a
 * SourcelessFileLoader-like loader.
 */
export function runMainPyc(rt: Runtime, file: string, bytes: Uint8Array): void {
  if (bytes.length < 16 || !isPycData(bytes)) {
    throw errorWithMessage("RuntimeError", "Bad magic number in .pyc file");
  }
  let code: W;
  try {
    code = marshalLoads(bytes.subarray(16));
  } catch {
    code = None;
  }
  if (!(code instanceof PyCode)) throw errorWithMessage("RuntimeError", "Bad code object in .pyc file");
  const d = rt.main.dict;
  d.setStr("__file__", newStr(file));
  d.setStr("__cached__", None);
  d.setStr("__loader__", sourceLoaderFor("__main__", file));
  runCode(code, d, rt.builtins.dict, d);
}

/** Run a module's sourceless `.pyc` (importing/importer.ts's checks) as the main module. */
function runMainCompiled(rt: Runtime, file: string): void {
  const d = rt.main.dict;
  d.setStr("__file__", newStr(file));
  runCode(finderHooks.compileFile(file) as PyCode, d, rt.builtins.dict, d);
}

export function finish(): void {
  // non-daemon threads are waited for first (CPython's wait_for_thread_shutdown: threading._shutdown)
  shutdownThreads();
  // atexit callbacks run after the program (and any uncaught exception's report), before the flush
  runExitFuncs();
  finalizeAtExit();
  stdoutFlush();
  flushAll();
  stopWatchingInterrupts();
}

/**
 * `-m NAME`: import the package parts, then run the module's source (a package's __main__) as __main__;
 * sys.argv[0] becomes its file unless `alterArgv` is false (a folder or zip archive run as a script).
 */
export function runModuleAsMain(rt: Runtime, name: string, alterArgv = true): void {
  // runpy's errors: one line "<sys.executable>: <message>" and exit status 1, no traceback
  const fail = (message: string): never => {
    stderrWrite(`${config.executable || "pypyts"}: ${message}\n`);
    throw new PyError(objects.newException(exceptionTypes.SystemExit, [1]));
  };
  const findError = (mod: string, kind: string, message: string): never => {
    const hint = mod.endsWith(".py")
      ? `. Try using '${mod.slice(0, -3)}' instead of '${mod}' as the module name.`
      : "";
    return fail(`Error while finding module specification for '${mod}' (${kind}: ${message})${hint}`);
  };
  if (name.startsWith(".")) fail("Relative module names not supported");
  let target = name;
  for (let depth = 0; depth < 2; depth++) {
    const dot = target.lastIndexOf(".");
    let path: string[] | null = null;
    if (dot >= 0) {
      const parentName = target.slice(0, dot);
      let parent: PyObject;
      try {
        parent = importModule(parentName) as PyObject;
      } catch (e) {
        // an ImportError about the parent itself is runpy's message; anything else keeps its traceback
        const exc = e instanceof PyError ? e.value : null;
        if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(exceptionTypes.ImportError)) {
          const n = exc.getAttr("name");
          if (n instanceof PyStr && (n.value === parentName || parentName.startsWith(`${n.value}.`))) {
            findError(target, exc.cls.name, objects.str(exc));
          }
        }
        throw e;
      }
      const p = getAttrOrUndefined(parent, "__path__");
      if (p === undefined) {
        findError(
          target,
          "ModuleNotFoundError",
          `__path__ attribute not found on '${parentName}' while trying to find '${target}'`,
        );
      }
      path = iterateToArray(p!).map((x) => (x as PyStr).value);
    } else {
      const builtinNames = rt.sys.dict.getStr("builtin_module_names");
      if (
        builtinNames !== undefined &&
        iterateToArray(builtinNames).some((x) => x instanceof PyStr && x.value === target)
      ) {
        fail(`No code object available for ${target}`);
      }
    }
    const r = findPathSpec(target, path);
    // a spec from a path entry finder of the program's cannot exist yet: nothing has run before -m
    if (r === null || r.found === null) break;
    const found = { found: r.found, spec: r.spec };
    if (found.found.isPackage) {
      if (target === "__main__" || target.endsWith(".__main__")) {
        const why = "Cannot use package as __main__ module";
        fail(depth === 0 ? why : `${why}; '${name}' is a package and cannot be directly executed`);
      }
      // `-m pkg` runs pkg.__main__; the next round imports the package itself first, as runpy does (an
      // ImportError naming the package then becomes runpy's one-line message)
      target = `${target}.__main__`;
      continue;
    }
    const file = found.found.file;
    const bytes = readBytes(file);
    if (bytes === null) break;
    const d = rt.main.dict;
    d.setStr("__package__", newStr(target.includes(".") ? target.slice(0, target.lastIndexOf(".")) : ""));
    d.setStr("__spec__", found.spec);
    d.setStr("__loader__", getAttrOrUndefined(found.spec, "loader") ?? None);
    d.setStr("__cached__", getAttrOrUndefined(found.spec, "cached") ?? None);
    if (alterArgv) (rt.sys.dict.getStr("argv") as listMod.PyList).items[0] = newStr(file);
    if (isSourceless(file)) runMainCompiled(rt, file);
    else runMainSource(rt, decodeSource(bytes, file), file, sourceIdentity(file)?.identity);
    return;
  }
  fail(
    target === name
      ? `No module named ${name}`
      : `No module named ${target}; '${name}' is a package and cannot be directly executed`,
  );
}

export { codeFor, PyFunction, state };
