// Running what the command line asked for, as CPython's Modules/main.c (pymain_run_python): sys.path[0]
// for the kind of program (the script's folder, "" for -c and stdin, the cwd for -m, the folder or zip
// archive itself when it holds __main__.py; nothing under -P), start-up work the options ask for
// (warnings from sys.warnoptions, -O's __debug__, -S), then the program, then the REPL under -i.
import { call, callMethod, False, getAttr, None, typeOf } from "./objects/model.ts";
import { isTrue, str } from "./objects/operations.ts";
import { installStdStreams } from "./modules/sys.ts";
import { newStr, PyStr } from "./objects/str.ts";
import { toPyError } from "./vm/errors.ts";
import { runExitFuncs } from "./modules/atexit.ts";
import { finalizeAtExit } from "./modules/finalizers.ts";
import { reportUnraisable } from "./modules/unraisable.ts";
import { exceptionTypes, newException, PyBaseException } from "./objects/exceptions.ts";
import { PyError } from "./vm/errors.ts";
import { CompileError } from "./parser/errors.ts";
import { decodeSource } from "./parser/source.ts";
import { syntaxErrorFrom } from "./modules/compile_builtin.ts";
import { contentIdentity } from "./importing/sources.ts";
import { findPathSpec, PySourceLoader } from "./importing/finders.ts";
import { importModule } from "./importing/importer.ts";
import { runSiteStartup } from "./importing/site_paths.ts";
import { formatException } from "./vm/traceback_print.ts";
import { PyList } from "./objects/list.ts";
import { newDict } from "./objects/dict.ts";
import { prepareInterrupts } from "./vm/interrupts.ts";
import { setIntMaxStrDigits } from "./objects/int.ts";
import {
  boot,
  exitBySigint,
  finish,
  handleUncaught,
  isPycData,
  printException,
  runMainPyc,
  runMainSource,
  runModuleAsMain,
  type Runtime,
  stderrWrite,
  uncaughtKeyboardInterrupt,
} from "./runtime.ts";
import { config, pythonEnv } from "./config.ts";

export interface MainRequest {
  mode: "command" | "module" | "file" | "stdin" | "repl";
  target: string;
  argv: string[];
}

const encoder = new TextEncoder();

function stderrRaw(text: string): void {
  try {
    Deno.stderr.writeSync(encoder.encode(text));
  } catch { /* no stderr */ }
}

/** The program name in start-up error messages (CPython's config.program_name). */
function programName(): string {
  return config.origArgv[0] ?? "python";
}

function absolute(path: string): string {
  return path.startsWith("/") ? path : `${Deno.cwd()}/${path}`.replace(/\/\.\//g, "/");
}

/** A folder, or a zip archive the importer can open (`*.zip`): run as CPython runs them, through __main__. */
function importerPath(target: string): string | null {
  let st: Deno.FileInfo;
  try {
    st = Deno.statSync(target);
  } catch {
    return null;
  }
  if (st.isDirectory) return absolute(target);
  if (st.isFile && target.endsWith(".zip")) return absolute(target);
  return null;
}

/** The script's folder for sys.path[0], symbolic links resolved as CPython does. */
function scriptFolder(target: string): string {
  let real = absolute(target);
  try {
    real = Deno.realPathSync(target);
  } catch { /* a missing file is reported when it is opened */ }
  return real.slice(0, real.lastIndexOf("/")) || "/";
}

function readAllStdin(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const buf = new Uint8Array(65536);
  for (;;) {
    let n: number | null;
    try {
      n = Deno.stdin.readSync(buf);
    } catch {
      break;
    }
    if (n === null || n === 0) break;
    chunks.push(buf.slice(0, n));
  }
  const all = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return all;
}

/** -x: the first line is dropped but its newline kept, so line numbers stay those of the file. */
function skipFirstLine(bytes: Uint8Array): Uint8Array {
  const nl = bytes.indexOf(10);
  return nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
}

function decodeMain(bytes: Uint8Array, filename: string): string {
  try {
    return decodeSource(bytes, filename);
  } catch (e) {
    if (e instanceof CompileError) throw syntaxErrorFrom(e);
    throw e;
  }
}

/**
 * PYTHONIOENCODING: the streams get the codec's canonical name (CPython's config_get_codec_name:
 * "latin-1" is "iso8859-1"); an unknown codec is fatal, as in CPython's init_sys_streams. False then.
 */
function applyIoEncoding(rt: Runtime): boolean {
  if (config.ioEncoding === null) return true;
  let name: string;
  try {
    const info = call(getAttr(importModule("codecs"), "lookup"), [newStr(config.ioEncoding)]);
    name = str(getAttr(info, "name"));
  } catch (e) {
    const exc = toPyError(e).value;
    stderrRaw(
      `Fatal Python error: init_sys_streams: can't initialize sys standard streams\n` +
        `Python runtime state: core initialized\n${typeOf(exc).name}: ${str(exc)}\n\n`,
    );
    return false;
  }
  installStdStreams(rt.sys, name);
  return true;
}

/** What the options change after boot, before the program runs. */
function applyStartupOptions(rt: Runtime): void {
  const b = rt.builtins.dict;
  if (config.optimize > 0) b.setStr("__debug__", False);
  // -S: site's builtins are not there (pypyts makes them natively instead of importing site)
  if (config.noSite) {
    for (const n of ["exit", "quit", "help", "copyright", "credits", "license"]) b.delStr(n);
  }
  if (config.intMaxStrDigits !== 4300) setIntMaxStrDigits(config.intMaxStrDigits);
  // CPython imports warnings at start-up when there are options for it, so they apply at once
  if (config.warnoptions.length > 0) importModule("warnings");
  runSiteStartup({
    sysPath: () => {
      const p = rt.sys.dict.getStr("path");
      return p instanceof PyList ? p : null;
    },
    prefix: () => {
      const p = rt.sys.dict.getStr("prefix");
      return p instanceof PyStr ? p.value : "";
    },
    execLine: (line) => {
      call(rt.builtins.dict.getStr("exec")!, [newStr(line), newDict()]);
    },
    formatException,
    stderr: stderrWrite,
  });
}

/**
 * Run the program `req` describes; `repl` is the interactive loop (cli/repl.ts), for the REPL itself and
 * for -i. Returns the exit status.
 */
export function runMain(req: MainRequest, repl: (rt: Runtime, banner: boolean) => number): number {
  let importer: string | null = null;
  let path0: string | null;
  if (req.mode === "file") importer = importerPath(req.target);
  if (importer !== null) path0 = importer; // added even under -P, as CPython does
  else if (config.safePath) path0 = null;
  else if (req.mode === "file") path0 = scriptFolder(req.target);
  else if (req.mode === "module") path0 = Deno.cwd();
  else path0 = "";
  config.sysPath0 = path0;
  const interactiveStdin = Deno.stdin.isTerminal();
  const rt = boot({
    argv: req.argv,
    path0,
    executable: config.executable,
    interactive: config.interactive > 0,
  });
  if (!applyIoEncoding(rt)) return 1;
  prepareInterrupts();
  let status = 0;
  let ranRepl = false;
  try {
    applyStartupOptions(rt);
    switch (req.mode) {
      case "command":
        runMainSource(rt, req.target, "<string>");
        break;
      case "module":
        runModuleAsMain(rt, req.target);
        break;
      case "file":
        if (importer !== null) runImporterMain(rt, importer);
        else status = runFile(rt, req.target);
        break;
      case "stdin":
      case "repl":
        // `-` and no arguments alike: the REPL on a terminal (or under -i), else standard input's program
        if (interactiveStdin || config.inspect) {
          runStartupFile(rt);
          ranRepl = true;
          // the banner as CPython's pymain_header: a terminal or -i, not under -q
          status = repl(rt, !config.quiet && (interactiveStdin || config.interactive > 0));
        } else runStdin(rt);
        break;
    }
  } catch (e) {
    // under -i even SystemExit is only reported (CPython's handle_system_exit), and the REPL follows
    if (
      config.inspect > 0 && e instanceof PyError && e.value instanceof PyBaseException &&
      e.value.cls.isSubtypeOf(exceptionTypes.SystemExit)
    ) printException(e.value);
    else status = handleUncaught(e);
  }
  // -i (or PYTHONINSPECT set by the program): the REPL after the program, even on a pipe
  if (!ranRepl && (config.inspect > 0 || pythonEnv("PYTHONINSPECT") !== undefined)) {
    try {
      status = repl(rt, false);
    } catch (e) {
      status = handleUncaught(e);
    }
  }
  try {
    runExitFuncs();
    // what is still alive is finalised as CPython's shutdown does, before the streams are flushed
    finalizeAtExit();
    if (!flushStdFiles(rt)) status = 120;
    finish();
  } catch { /* exit anyway */ }
  if (status === 130 && uncaughtKeyboardInterrupt) exitBySigint();
  return status;
}

/**
 * Flush sys.stdout and sys.stderr at exit as CPython's flush_std_files: a failure is reported (stdout's
 * as "Exception ignored while flushing sys.stdout") and makes the exit status 120. Returns false then.
 */
function flushStdFiles(rt: Runtime): boolean {
  let ok = true;
  for (const name of ["stdout", "stderr"]) {
    const f = rt.sys.dict.getStr(name);
    if (f === undefined || f === None) continue;
    try {
      if (isTrue(getAttr(f, "closed"))) continue;
      callMethod(f, "flush", []);
    } catch (e) {
      ok = false;
      if (name === "stdout") reportUnraisable("Exception ignored while flushing sys.stdout", toPyError(e));
    }
  }
  return ok;
}

function runStdin(rt: Runtime): void {
  // -x applies to a script file only, as in CPython (pymain_run_stdin does not skip)
  const bytes = readAllStdin();
  // as CPython's run_simple_file on standard input: __file__ is "<stdin>", __cached__ None
  rt.main.dict.setStr("__file__", newStr("<stdin>"));
  rt.main.dict.setStr("__cached__", None);
  runMainSource(rt, decodeMain(bytes, "<stdin>"), "<stdin>");
}

/** `pypyts FILE`: 2 when the file cannot be opened, as CPython. */
function runFile(rt: Runtime, target: string): number {
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(target);
  } catch (e) {
    const why = e instanceof Deno.errors.NotFound
      ? "[Errno 2] No such file or directory"
      : e instanceof Deno.errors.PermissionDenied
      ? "[Errno 13] Permission denied"
      : e instanceof Deno.errors.IsADirectory
      ? "[Errno 21] Is a directory"
      : String(e);
    stderrRaw(`${programName()}: can't open file '${absolute(target)}': ${why}\n`);
    return 2;
  }
  const file = absolute(target);
  // compiled bytecode runs as it is (CPython's maybe_pyc_file: a .pyc name or the magic number)
  if (target.endsWith(".pyc") || isPycData(bytes)) {
    runMainPyc(rt, file, bytes);
    return 0;
  }
  const identity = contentIdentity(bytes);
  if (config.skipFirstLine) bytes = skipFirstLine(bytes);
  // as CPython's run_simple_file: __cached__ None, __loader__ a SourceFileLoader for __main__
  rt.main.dict.setStr("__cached__", None);
  rt.main.dict.setStr("__loader__", new PySourceLoader("__main__", file));
  runMainSource(rt, decodeMain(bytes, target), file, config.skipFirstLine ? undefined : identity);
  return 0;
}

/** A folder or zip archive: its __main__ module runs as __main__, sys.argv[0] unchanged. */
function runImporterMain(rt: Runtime, path: string): void {
  if (findPathSpec("__main__", [path]) === null) {
    stderrRaw(`${programName()}: can't find '__main__' module in '${path}'\n`);
    throw new PyError(newException(exceptionTypes.SystemExit, [1]));
  }
  runModuleAsMain(rt, "__main__", false);
}

/** PYTHONSTARTUP: run in __main__ before the first prompt of an interactive session. */
function runStartupFile(rt: Runtime): void {
  const file = config.startup;
  if (file === null) return;
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(file);
  } catch {
    stderrRaw(
      `Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '${file}'\n`,
    );
    return;
  }
  try {
    runMainSource(rt, decodeMain(bytes, file), file);
  } catch (e) {
    handleUncaught(e);
  }
  // runMainSource set __file__ for the startup file; the session has none
  rt.main.dict.delStr("__file__");
}
