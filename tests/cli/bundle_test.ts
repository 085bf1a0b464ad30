// scripts/bundle.ts: the one-module build ./pypyts prefers must behave as cli/main.ts does, including the
// parts that find files next to their source module at run time (the stdlib archive, the Unicode tables,
// the signal workers, sysconfig's prefix) and the commander-driven subcommands.
import assert from "node:assert/strict";
import { eagerArrows, eagerFunctions, startFile, withColdLoop } from "../../scripts/bundle.ts";

const root = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
const deno = Deno.execPath();

// --no-code-cache: each run's bundle has its own name, and Deno's code cache (one database for every
// program of the user) would otherwise keep a 2 MB entry per test run, which slows every later start.
async function run(entry: string, args: string[]) {
  const out = await new Deno.Command(deno, {
    args: ["run", "-A", "--quiet", "--no-check", "--no-code-cache", entry, ...args],
    cwd: root,
    env: { NO_COLOR: "1", PYPYTS_CACHE_DIR: "" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

const PROGRAM = `
import os, signal, sys, sysconfig, time, unicodedata, json
print(unicodedata.name("\\u00e9"), "\\N{EM DASH}", json.dumps({"a": [1, 2]}))
print(os.path.basename(os.path.dirname(json.__file__)), sysconfig.get_config_var("prefix") == sys.prefix)
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(500):
    if got:
        break
    time.sleep(0.01)
print(got == [signal.SIGUSR1])
import unittest, decimal
print(decimal.Decimal("1.10") + 1, unittest.TestCase.__name__)
raise SystemExit(3)
`;

Deno.test("eagerFunctions moves the chosen declarations to the top as parenthesised expressions", () => {
  const src = [
    "const ROOT = 1;",
    "var a = f();",
    "function f() {",
    "  return g() + 1;",
    "}",
    "function g() {",
    "  return ROOT;",
    "}",
    "function h() {",
    "  return 3;",
    "}",
    "",
  ].join("\n");
  const at = (s: string) => src.indexOf(s);
  const { text, count } = eagerFunctions(src, new Set([at("f() {") + 1, at("g() {") + 2]));
  assert.equal(count, 2);
  assert.equal(
    text,
    [
      "const ROOT = 1;",
      "var f = (function () {",
      "  return g() + 1;",
      "});",
      "var g = (function () {",
      "  return ROOT;",
      "});",
      "var a = f();",
      "function h() {",
      "  return 3;",
      "}",
      "",
    ].join("\n"),
  );
  // a hoisted call before the declarations still works, and the names are kept
  const run = new Function(`${text}; return [a, f.name, g.name];`);
  assert.deepEqual(run(), [2, "f", "g"]);
  // a "}" line inside a template literal is not the function's end: such a function stays where it is
  const tricky = "var b = t();\nfunction t() {\n  return `{\n}\n`;\n}\n";
  assert.deepEqual(eagerFunctions(tricky, new Set([tricky.indexOf("t() {") + 1])), {
    text: tricky,
    count: 0,
  });
});

Deno.test("eagerArrows parenthesises the arrow functions among V8's ranges, not methods", () => {
  const src = "const o = { impl: (a) => a + 1, m(b) {\n  return b;\n}, k: x => (y) => x + y };\n";
  const range = (s: string): [number, number] => [src.indexOf(s), src.indexOf(s) + s.length];
  const ranges = new Map([
    range("(a) => a + 1"),
    range("(b) {\n  return b;\n}"),
    range("x => (y) => x + y"),
    range("(y) => x + y"),
  ]);
  const { text, count, moved } = eagerArrows(src, ranges);
  assert.equal(count, 3);
  assert.equal(
    text,
    "const o = { impl: ((a) => a + 1), m(b) {\n  return b;\n}, k: (x => ((y) => x + y)) };\n",
  );
  assert.equal(text.slice(moved(src.indexOf("m(b)"))).startsWith("m(b)"), true);
  const o = new Function(`${text}; return o;`)();
  assert.deepEqual([o.impl.name, o.k.name, o.impl(1), o.k(1)(2)], ["impl", "k", 2, 3]);
});

Deno.test("withColdLoop copies execute without its redirect and installs the copy", () => {
  const src = [
    "const coldLoop2 = { fn: null, depth: 0 };",
    "function execute3(entry, thrown = null) {",
    "  if (coldLoop2.depth > 0 && coldLoop2.fn !== null) return coldLoop2.fn(entry, thrown);",
    "  return [entry, thrown];",
    "}",
    "function after() {",
    "  coldLoop2.depth = 1;",
    "  return execute3(1, 2).concat(coldLoop2.fn.name);",
    "}",
    "",
  ].join("\n");
  const text = withColdLoop(src);
  assert.equal(text.match(/coldLoop2\.fn\(/g)?.length, 1);
  assert.deepEqual(new Function(`${text}; return after();`)(), [1, 2, "executeCold"]);
  assert.throws(() => withColdLoop("function execute(a) {\n  return a;\n}\n"), /redirect/);
});

Deno.test("the bundle runs programs as cli/main.ts does", async () => {
  const bundle = `${root}/dist/bundle-test-${Deno.pid}.js`;
  try {
    const built = await new Deno.Command(deno, {
      args: ["run", "-A", `${root}/scripts/bundle.ts`, "--quiet", "--out", bundle],
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.ok(built.success, new TextDecoder().decode(built.stderr));
    const text = Deno.readTextFileSync(bundle);
    // no import.meta.url of a source module is left pointing at the bundle's own folder
    assert.equal(text.match(/import\.meta\.url/g)?.length, 1);
    // ASCII only: one other character makes V8 hold (and Deno hash) the whole source as two-byte text
    assert.equal(text.search(/[\u0080-\uffff]/), -1);
    // the functions a start uses are compiled eagerly (so they are in Deno's code cache)
    assert.ok((text.match(/^var [\w$]+ = \(function \(/gm)?.length ?? 0) > 100);
    // imported module bodies run in a copy of the eval loop (interpreter/vm/eval.ts coldLoop)
    assert.match(text, /^coldLoop\d* ?\.fn = executeCold;$/m);
    const fromModules = await run(`${root}/cli/main.ts`, ["-c", PROGRAM]);
    // as ./pypyts runs it: through the module written beside it, and as the main module itself
    const fromBundle = await run(startFile(bundle), ["-c", PROGRAM]);
    assert.deepEqual(await run(bundle, ["-c", PROGRAM]), fromBundle);
    assert.equal(fromModules.code, 3, fromModules.stderr);
    assert.deepEqual(fromBundle, fromModules);
    assert.match(
      fromBundle.stdout,
      /LATIN SMALL LETTER E WITH ACUTE — \{"a": \[1, 2\]\}\njson True\nTrue\n2.10 /,
    );
    // commander's subcommands (an npm package the bundle leaves external)
    const dis = await run(startFile(bundle), ["dis", "examples/hello.py"]);
    assert.equal(dis.code, 0, dis.stderr);
    assert.deepEqual(dis, await run(`${root}/cli/main.ts`, ["dis", "examples/hello.py"]));
  } finally {
    for (const file of [bundle, startFile(bundle)]) {
      try {
        Deno.removeSync(file);
      } catch { /* not built */ }
    }
  }
});
