// `pypyts run FILE [ARGS]`: FILE runs as `python FILE ARGS` runs it (the work is interpreter/pymain.ts).
import { runMain } from "../interpreter/pymain.ts";
import { runRepl } from "./repl.ts";

export function runCommand(args: string[]): number {
  const file = args[0];
  if (file === undefined) {
    console.error("pypyts run: a FILE argument is expected");
    return 2;
  }
  return runMain({ mode: "file", target: file, argv: args }, runRepl);
}
