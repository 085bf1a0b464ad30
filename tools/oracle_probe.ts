// `scripts/deno run -A tools/oracle_probe.ts FILE.py`: run one Python file under the oracle (CPython 3.14
// in pyodide) and print what it prints; an uncaught exception's last lines follow. For looking up
// CPython's exact behaviour and messages while writing a module; test cases use tools/oracle_run.ts.
import { loadPyodide } from "pyodide";

const file = Deno.args[0];
if (file === undefined) {
  console.error("usage: tools/oracle_probe.ts FILE.py");
  Deno.exit(2);
}
const py = await loadPyodide({
  stdout: (s: string) => console.log(s),
  stderr: (s: string) => console.log("ERR:", s),
});
try {
  py.runPython(Deno.readTextFileSync(file));
} catch (e) {
  console.log(String(e).split("\n").slice(-3).join("\n"));
}
