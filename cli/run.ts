// `pypyts run FILE`, `-c`, `-m` and the REPL: argument handling only; the work is interpreter/runtime.ts.
import { runProgram } from "../interpreter/runtime.ts";
import { runRepl } from "./repl.ts";

export interface RunRequest {
  kind: "file" | "code" | "module" | "repl";
  target?: string;
  argv: string[];
}

export function runCommand(req: RunRequest): Promise<number> {
  if (req.kind === "repl") {
    if (Deno.stdin.isTerminal()) return Promise.resolve(runRepl());
    // `pypyts < prog.py` runs standard input as a program, as CPython does
    const chunks: Uint8Array[] = [];
    const buf = new Uint8Array(65536);
    for (;;) {
      const n = Deno.stdin.readSync(buf);
      if (n === null || n === 0) break;
      chunks.push(buf.slice(0, n));
    }
    const total = chunks.reduce((a, c) => a + c.length, 0);
    const all = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) {
      all.set(c, off);
      off += c.length;
    }
    return Promise.resolve(runProgram("code", new TextDecoder().decode(all), [""], "<stdin>"));
  }
  return Promise.resolve(runProgram(req.kind, req.target!, req.argv));
}
