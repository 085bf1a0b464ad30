// The pypyts command line: `python`'s options and arguments, parsed as CPython 3.14 parses them
// (cli/options.ts), plus pypyts's own subcommands `run FILE` and `dis FILE` as the first word after the
// options. The running itself is interpreter/pymain.ts.
import { disCommand } from "./dis.ts";
import { runCommand } from "./run.ts";
import { runRepl } from "./repl.ts";
import { parseCommandLine } from "./options.ts";
import { config, envGet, pythonEnv } from "../interpreter/config.ts";
import { runMain } from "../interpreter/pymain.ts";
import { baselineConfig } from "../interpreter/vm/baseline.ts";
import { importTime } from "../interpreter/importing/importer.ts";
import { compileDefaults } from "../interpreter/compiler/compile.ts";

/** `-X baseline=off|N`: the baseline tier's switch and threshold (as PYPYTS_BASELINE). */
function applyBaseline(value: string | true): string | null {
  if (value === "off") baselineConfig.enabled = false;
  else if (typeof value === "string" && /^\d+$/.test(value)) {
    baselineConfig.enabled = true;
    baselineConfig.threshold = Number(value);
  } else return `-X baseline takes off or a number, not ${JSON.stringify(value === true ? "" : value)}`;
  return null;
}

/** `-X importtime[=0|1|2]` or PYTHONPROFILEIMPORTTIME (2, new in 3.14, also reports modules already imported). */
function applyImportTime(value: string | true | undefined): string | null {
  if (value === undefined) {
    if (pythonEnv("PYTHONPROFILEIMPORTTIME") !== undefined) importTime.enabled = true;
    return null;
  }
  if (value === true || !/^-?\d+$/.test(value)) {
    importTime.enabled = true;
    return null;
  }
  const n = Number(value);
  if (n < 0 || n > 2) return "-X importtime: numeric values other than 1 and 2 are reserved for future use.";
  importTime.enabled = n > 0;
  importTime.cached = n === 2;
  return null;
}

/**
 * sys.executable and the program name: the launcher passes the path it was started by (PYPYTS_ARGV0,
 * removed here so that child processes do not inherit it); under `deno compile` the executable is this
 * binary; run through `deno run cli/main.ts`, the launcher script beside it.
 */
function findExecutable(): { executable: string; argv0: string } {
  // the variables the launcher (and bash) added to the environment: not the program's
  const added = envGet("PYPYTS_ADDED_ENV");
  if (added !== undefined) {
    try {
      for (const name of added.split(" ")) if (name !== "") Deno.env.delete(name);
      Deno.env.delete("PYPYTS_ADDED_ENV");
    } catch { /* no env permission */ }
  }
  const argv0 = envGet("PYPYTS_ARGV0");
  if (argv0 !== undefined && argv0 !== "") {
    try {
      Deno.env.delete("PYPYTS_ARGV0");
    } catch { /* no env permission */ }
    let abs = argv0.startsWith("/") ? argv0 : `${Deno.cwd()}/${argv0}`;
    abs = abs.replace(/\/(\.\/)+/g, "/").replace(/\/\/+/g, "/");
    return { executable: abs, argv0 };
  }
  const exe = Deno.execPath();
  if (!/(^|\/)deno(\.exe)?$/.test(exe)) return { executable: exe, argv0: exe };
  const launcher = new URL("../pypyts", import.meta.url).pathname;
  try {
    if (Deno.statSync(launcher).isFile) return { executable: launcher, argv0: launcher };
  } catch { /* not beside the sources: the Deno binary is all there is */ }
  return { executable: exe, argv0: exe };
}

function write(stream: typeof Deno.stdout, text: string | undefined): void {
  if (text !== undefined && text !== "") stream.writeSync(new TextEncoder().encode(text));
}

export async function main(argv: string[]): Promise<number> {
  const { executable, argv0 } = findExecutable();
  config.executable = executable;
  config.origArgv = [argv0, ...argv];
  const parsed = parseCommandLine(argv, argv0);
  if (parsed.kind === "exit") {
    write(Deno.stdout, parsed.stdout);
    write(Deno.stderr, parsed.stderr);
    return parsed.code;
  }
  // what the options change before boot
  const baseline = config.xoptions.get("baseline");
  const problem = (baseline === undefined ? null : applyBaseline(baseline)) ??
    applyImportTime(config.xoptions.get("importtime"));
  if (problem !== null) {
    console.error(problem);
    return 2;
  }
  compileDefaults.optimize = config.optimize;
  importTime.verbose = config.verbose;

  if (parsed.kind === "subcommand") {
    if (parsed.name === "run") return runCommand(parsed.args);
    const file = parsed.args[0];
    if (file === undefined) {
      console.error(`pypyts ${parsed.name}: a FILE argument is expected`);
      return 2;
    }
    return await disCommand(file);
  }
  return runMain(parsed.run, runRepl);
}

/**
 * Run the command line and exit. The program runs synchronously in the evaluation of the module that calls
 * this, at its top level: not in a timer callback, where every JS throw (every Python raise) costs ~8 us
 * more, and not in a microtask (a message handler is one), where gc.collect() could not end the job's hold
 * on WeakRef targets (modules/weakref.ts collectNow). That module must be a small one: with the bundle's
 * own huge top level on the stack, V8 takes ~200 us to make each JS Error (a failed stat), so the launcher
 * runs dist/pypyts.start.js, which only imports the bundle and calls this. The exit waits for a message posted once
 * evaluation has finished: Deno stores the V8 code cache only then, and a Deno.exit() before it meant it
 * was never written (each start then compiled ~200 modules from source, about 50 ms more CPU).
 */
export function start(): void {
  main(Deno.args).then((code) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => Deno.exit(code);
    channel.port2.postMessage(null);
  });
}

if (import.meta.main) start();
