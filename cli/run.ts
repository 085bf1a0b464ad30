// `pypyts run FILE`, `-c`, `-m` and the REPL. The interpreter core (eval loop and object space) is the
// next stage of the pipeline; until it lands this says so plainly instead of pretending to run anything.

export interface RunRequest {
  kind: "file" | "code" | "module" | "repl";
  target?: string;
  argv: string[];
}

export function runCommand(req: RunRequest): Promise<number> {
  const what = req.kind === "repl"
    ? "the REPL"
    : req.kind === "file"
    ? `running ${req.target}`
    : `-${req.kind === "code" ? "c" : "m"}`;
  console.error(
    `pypyts: ${what} needs the interpreter core, which is not built yet ` +
      `(this version has the front end only: try \`pypyts dis FILE\`)`,
  );
  return Promise.resolve(2);
}
