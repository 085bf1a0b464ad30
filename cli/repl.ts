// The interactive interpreter: `>>> `/`... ` prompts on stderr, multi-line statements, expression values
// echoed through sys.displayhook, tracebacks printed without leaving.
import { boot, handleUncaught, type Runtime } from "../interpreter/runtime.ts";
import { callMethod, None } from "../interpreter/objects/model.ts";
import { compileToCode, isIncomplete } from "../interpreter/modules/compile_builtin.ts";
import { runCode } from "../interpreter/vm/call.ts";
import { PyError } from "../interpreter/vm/errors.ts";
import { exceptionTypes, PyBaseException } from "../interpreter/objects/exceptions.ts";
import { sysVersion } from "../interpreter/version.ts";
import { registerSource } from "../interpreter/vm/traceback_print.ts";
import { newStr } from "../interpreter/objects/str.ts";
import { str } from "../interpreter/objects/operations.ts";

const enc = new TextEncoder();
function prompt(s: string): void {
  Deno.stderr.writeSync(enc.encode(s));
}

/** Read one line from the terminal (without the newline), null at end of input. */
function readLine(): string | null {
  const bytes: number[] = [];
  const one = new Uint8Array(1);
  for (;;) {
    const n = Deno.stdin.readSync(one);
    if (n === null || n === 0) {
      return bytes.length === 0 ? null : new TextDecoder().decode(new Uint8Array(bytes));
    }
    if (one[0] === 10) return new TextDecoder().decode(new Uint8Array(bytes));
    bytes.push(one[0]);
  }
}

/** The prompt sys.ps1 or sys.ps2 (CPython sets them on entering interactive mode; a program may change them). */
function promptText(rt: Runtime, name: "ps1" | "ps2", fallback: string): string {
  const v = rt.sys.dict.getStr(name);
  if (v === undefined) {
    rt.sys.dict.setStr(name, newStr(fallback));
    return fallback;
  }
  try {
    return str(v);
  } catch {
    return fallback;
  }
}

/**
 * The interactive loop in `rt` (booted here when not given): the REPL itself, or -i after a program.
 * `banner`: the version lines first (not under -q, not when standard input is no terminal).
 */
export function runRepl(
  rt: Runtime = boot({ argv: [""], path0: "", interactive: true }),
  banner = true,
): number {
  let inputs = 0;
  if (banner) {
    prompt(
      `Python ${sysVersion()} on ${Deno.build.os}\nType "help", "copyright", "credits" or "license" for more information.\n`,
    );
  }
  for (;;) {
    prompt(promptText(rt, "ps1", ">>> "));
    const first = readLine();
    if (first === null) {
      prompt("\n");
      break;
    }
    let source = first;
    if (source.trim() === "") continue;
    let code;
    for (;;) {
      try {
        if (isIncomplete(source)) {
          prompt(promptText(rt, "ps2", "... "));
          const more = readLine();
          if (more === null) break;
          source += "\n" + more;
          if (more.trim() !== "" || !source.includes("\n")) continue;
          if (isIncomplete(source + "\n")) continue;
        }
        // each input is its own pseudo-file, as CPython 3.13+'s REPL does, so tracebacks show the line
        const name = `<python-input-${inputs++}>`;
        registerSource(name, source);
        code = compileToCode(source + "\n", name, "single");
      } catch (e) {
        handleUncaught(e);
        code = null;
      }
      break;
    }
    if (code === null || code === undefined) continue;
    try {
      runCode(code, rt.main.dict, rt.builtins.dict, rt.main.dict);
    } catch (e) {
      if (
        e instanceof PyError && e.value instanceof PyBaseException &&
        e.value.cls.isSubtypeOf(exceptionTypes.SystemExit)
      ) {
        return handleUncaught(e);
      }
      handleUncaught(e);
    }
    flushStdout(rt);
  }
  return 0;
}

/** Output of each input shows before the next prompt (atexit callbacks wait for the real exit). */
function flushStdout(rt: Runtime): void {
  const out = rt.sys.dict.getStr("stdout");
  if (out === undefined || out === None) return;
  try {
    callMethod(out, "flush", []);
  } catch { /* a broken stdout is the program's business */ }
}
