// The "consider renaming" hints of CPython 3.13+ (a script beside the program, or the program itself,
// named like the module it means to import), checked as CPython's test_import checks them
// (test_script_shadowing_stdlib, test_script_shadowing_third_party). The differential oracle runs
// programs in-process without a start-up sys.path[0], so it cannot show these; the expected texts are
// CPython 3.14's messages.
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url).pathname;

async function runScript(files: Record<string, string>, main: string, args: string[] = []) {
  const dir = await Deno.makeTempDir();
  for (const [name, text] of Object.entries(files)) Deno.writeTextFileSync(`${dir}/${name}`, text);
  const out = await new Deno.Command(`${root}pypyts`, {
    args: [...args, `${dir}/${main}`],
    cwd: dir,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  await Deno.remove(dir, { recursive: true });
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr), dir };
}

const STDLIB_HINT = "since it has the same name as the standard library module named 'fractions' and " +
  "prevents importing that standard library module)";

Deno.test("a script named like a stdlib module: attribute and from-import say consider renaming", async () => {
  for (
    const [body, start] of [
      [
        "import fractions\nfractions.Fraction\n",
        "AttributeError: module 'fractions' has no attribute 'Fraction'",
      ],
      ["from fractions import Fraction\n", "ImportError: cannot import name 'Fraction' from 'fractions'"],
    ]
  ) {
    const r = await runScript({ "fractions.py": body }, "fractions.py");
    assert.equal(r.code, 1);
    const last = r.stderr.trimEnd().split("\n").at(-1)!;
    assert.ok(last.startsWith(`${start} (consider renaming '`), last);
    // (a "Did you mean" may follow, as traceback's suggestions add it: the module has a name `fractions`)
    assert.ok(last.includes(`/fractions.py' ${STDLIB_HINT}`), last);
  }
});

Deno.test("a module beside the script shadowing a stdlib one; -P turns the hint off", async () => {
  const files = { "main.py": "import fractions\nfractions.Fraction\n", "fractions.py": "" };
  const r = await runScript(files, "main.py");
  assert.match(r.stderr, /has no attribute 'Fraction' \(consider renaming '.*\/fractions\.py' since it has/);
  const p = await runScript(files, "main.py", ["-P"]);
  // -P: the script's folder is not on sys.path, so the real module is imported and has the attribute
  assert.equal(p.code, 0, p.stderr);
});

Deno.test("a script named like a third-party library it imports", async () => {
  const r = await runScript({ "numpy.py": "import numpy\nnumpy.array\n" }, "numpy.py");
  const last = r.stderr.trimEnd().split("\n").at(-1)!;
  assert.match(
    last,
    /^AttributeError: module 'numpy' has no attribute 'array' \(consider renaming '.*\/numpy\.py' if it has the same name as a library you intended to import\)$/,
  );
  const f = await runScript({ "numpy.py": "from numpy import array\n" }, "numpy.py");
  assert.match(
    f.stderr.trimEnd().split("\n").at(-1)!,
    /^ImportError: cannot import name 'array' from 'numpy' \(consider renaming '.*\/numpy\.py' if it has the same name as a library you intended to import\)$/,
  );
});
