// The pypyts command line. Argument parsing only: each subcommand's work lives in its own file.
// CPython-style invocations (`pypyts FILE`, `-c CODE`, `-m MOD`, no arguments) are recognised before
// commander sees the arguments, because Python's rule is that everything after them belongs to sys.argv.
import { disCommand } from "./dis.ts";
import { runCommand } from "./run.ts";
import { VERSION } from "../interpreter/version.ts";
import { baselineConfig } from "../interpreter/vm/baseline.ts";
import { importTime } from "../interpreter/importing/importer.ts";

/** `-X baseline=off|N`: the baseline tier's switch and threshold (as PYPYTS_BASELINE); `-X importtime`. */
function applyXOption(opt: string): string | null {
  const [name, value] = opt.split("=", 2);
  if (name === "baseline") {
    if (value === "off") baselineConfig.enabled = false;
    else if (value !== undefined && /^\d+$/.test(value)) {
      baselineConfig.enabled = true;
      baselineConfig.threshold = Number(value);
    } else return `-X baseline takes off or a number, not ${JSON.stringify(value ?? "")}`;
    return null;
  }
  if (name === "importtime") {
    importTime.enabled = value !== "0";
    return null;
  }
  // CPython ignores -X options it does not know; so do we
  return null;
}

export async function main(argv: string[]): Promise<number> {
  // -X NAME=VALUE (CPython's implementation-specific options) before everything else
  while (argv[0] === "-X" || (argv[0] !== undefined && argv[0].startsWith("-X") && argv[0].length > 2)) {
    const opt = argv[0] === "-X" ? argv[1] : argv[0].slice(2);
    argv = argv.slice(argv[0] === "-X" ? 2 : 1);
    if (opt === undefined) {
      console.error("Argument expected for the -X option");
      return 2;
    }
    const problem = applyXOption(opt);
    if (problem !== null) {
      console.error(problem);
      return 2;
    }
  }
  const first = argv[0];
  if (first === undefined) return await runCommand({ kind: "repl", argv: [""] });
  if (first === "-c" || first === "-m") {
    if (argv.length < 2) {
      console.error(`Argument expected for the ${first} option`);
      return 2;
    }
    const kind = first === "-c" ? "code" : "module";
    return await runCommand({ kind, target: argv[1], argv: [first, ...argv.slice(2)] });
  }
  if (first.endsWith(".py") && !first.startsWith("-")) {
    return await runCommand({ kind: "file", target: first, argv: argv });
  }

  let exitCode = 0;
  // commander is loaded only for subcommands: a static import would cost every `pypyts FILE` its load time
  const { Command } = await import("commander");
  const program = new Command()
    .name("pypyts")
    .description("A PyPy-style Python 3.14 implementation in TypeScript for Deno")
    .version(VERSION, "-V, --version")
    .enablePositionalOptions()
    .exitOverride();

  program.command("run")
    .description("run a Python program (like `python FILE ARGS...`)")
    .argument("<file>", "the program")
    .argument("[args...]", "its sys.argv[1:]")
    .passThroughOptions()
    .action(async (file: string, args: string[]) => {
      exitCode = await runCommand({ kind: "file", target: file, argv: [file, ...args] });
    });

  program.command("dis")
    .description("compile a Python file and print its bytecode disassembly")
    .argument("<file>", "the Python source file")
    .action(async (file: string) => {
      exitCode = await disCommand(file);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    // commander has already printed usage errors and --help/--version output
    const code = (e as { exitCode?: number }).exitCode;
    return typeof code === "number" ? code : 2;
  }
  return exitCode;
}

if (import.meta.main) {
  // The program runs after this module's evaluation has finished, not inside it (a top-level await):
  // Deno stores the V8 code cache of the module graph only once its evaluation completes, and a
  // Deno.exit() during evaluation meant pypyts never wrote it (each start then compiled ~200 modules
  // from source, about 50 ms more CPU).
  // A message, not setTimeout: the first setTimeout call loads Deno's Node-compatible timers (~10 ms), and
  // code running directly in a timer callback pays ~8 us more per JS throw (every Python raise), measured.
  const channel = new MessageChannel();
  channel.port1.onmessage = async () => {
    channel.port1.close();
    Deno.exit(await main(Deno.args));
  };
  channel.port2.postMessage(null);
}
