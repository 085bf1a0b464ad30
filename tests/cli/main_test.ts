// End-to-end checks of the launcher and CLI: run ./pypyts as a user would and look at what it prints.
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url).pathname;

async function pypyts(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(`${root}pypyts`, { args, cwd: root, stdout: "piped", stderr: "piped" })
    .output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("pypyts --version prints the version", async () => {
  const { code, stdout } = await pypyts("--version");
  assert.equal(code, 0);
  assert.match(stdout.trim(), /^\d+\.\d+\.\d+$/);
});

Deno.test("pypyts dis examples/hello.py disassembles every code object", async () => {
  const { code, stdout, stderr } = await pypyts("dis", "examples/hello.py");
  assert.equal(code, 0, stderr);
  assert.match(stdout, /MAKE_FUNCTION/);
  assert.match(stdout, /Disassembly of <code object greet/);
  assert.match(stdout, /RETURN_VALUE/);
  assert.match(stdout, /'world'/);
});

Deno.test("pypyts dis reports a syntax error like CPython and exits 1", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/bad.py`;
  await Deno.writeTextFile(file, "x = 1\nif x\n    pass\n");
  const { code, stdout, stderr } = await pypyts("dis", file);
  assert.equal(code, 1);
  assert.equal(stdout, "");
  assert.equal(
    stderr,
    `  File "${file}", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n`,
  );
});

Deno.test("pypyts dis on a missing file fails cleanly", async () => {
  const { code, stderr } = await pypyts("dis", "no/such/file.py");
  assert.notEqual(code, 0);
  assert.doesNotMatch(stderr, /at .*\.ts:\d+/, "no JS stack trace");
  assert.match(stderr, /No such file or directory|can't open file/);
});

Deno.test("pypyts run says plainly that the interpreter is not built yet", async () => {
  const { code, stderr } = await pypyts("run", "examples/hello.py");
  assert.equal(code, 2);
  assert.match(stderr, /interpreter core/);
});
