// End-to-end checks of the launcher and CLI: run ./pypyts as a user would and look at what it prints.
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url).pathname;

async function pypyts(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(`${root}pypyts`, { args, cwd: root, stdout: "piped", stderr: "piped" })
    .output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("pypyts --version prints the Python version, as python does", async () => {
  const { code, stdout } = await pypyts("--version");
  assert.equal(code, 0);
  assert.equal(stdout, "Python 3.14.0\n");
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

Deno.test("pypyts run examples/hello.py greets the world", async () => {
  const { code, stdout, stderr } = await pypyts("run", "examples/hello.py");
  assert.equal(code, 0, stderr);
  assert.equal(stdout, "Hello, world!\n");
});

Deno.test("pypyts -c and sys.argv, SystemExit codes", async () => {
  let r = await pypyts("-c", "import sys; print(sys.argv)", "a", "b");
  assert.equal(r.stdout, "['-c', 'a', 'b']\n");
  r = await pypyts("-c", "raise SystemExit(3)");
  assert.equal(r.code, 3);
  r = await pypyts("-c", "import sys; sys.exit('bye')");
  assert.equal(r.code, 1);
  assert.equal(r.stderr, "bye\n");
});

Deno.test("an uncaught exception prints a CPython traceback and exits 1", async () => {
  const { code, stderr } = await pypyts("-c", "def f():\n    return 1/0\nf()");
  assert.equal(code, 1);
  assert.equal(
    stderr,
    'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\n    f()\n    ~^^\n' +
      '  File "<string>", line 2, in f\n    return 1/0\n           ~^~\nZeroDivisionError: division by zero\n',
  );
});

Deno.test("a syntax error in the main script is reported like CPython", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/bad.py`;
  await Deno.writeTextFile(file, "x = (1,\n");
  const { code, stdout, stderr } = await pypyts("run", file);
  assert.equal(code, 1);
  assert.equal(stdout, "");
  assert.ok(stderr.endsWith("line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"), stderr);
});

Deno.test("pypyts -m runs a module from the current folder", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/hello_mod.py`, "print(__name__)\n");
  const out = await new Deno.Command(`${root}pypyts`, {
    args: ["-m", "hello_mod"],
    cwd: dir,
    stdout: "piped",
  }).output();
  assert.equal(new TextDecoder().decode(out.stdout), "__main__\n");
});

Deno.test("a missing script is a clean error", async () => {
  const { code, stderr } = await pypyts("run", "no/such/file.py");
  assert.equal(code, 2);
  // as CPython 3.11+: the program's path, then the script's absolute path
  assert.equal(
    stderr,
    `${root}pypyts: can't open file '${root}no/such/file.py': [Errno 2] No such file or directory\n`,
  );
});

Deno.test("Ctrl-C (SIGINT) raises KeyboardInterrupt in running Python code; uncaught, it ends the process by SIGINT", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/spin.py`;
  Deno.writeTextFileSync(
    file,
    [
      "import sys",
      "print('started', flush=True)",
      "n = 0",
      "try:",
      "    while True:",
      "        n += 1",
      "except KeyboardInterrupt:",
      "    print('handled', n > 0, flush=True)",
      "while True:",
      "    n -= 1",
    ].join("\n") + "\n",
  );
  const child = new Deno.Command(`${root}pypyts`, {
    args: [file],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = child.stdout.getReader();
  const dec = new TextDecoder();
  let out = "";
  const waitFor = async (text: string) => {
    while (!out.includes(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      out += dec.decode(value);
    }
  };
  await waitFor("started");
  // the watcher starts once Python has run for half a second (vm/interrupts.ts); then interrupt the loop
  await new Promise((r) => setTimeout(r, 900));
  child.kill("SIGINT");
  await waitFor("handled");
  assert.match(out, /handled True/);
  await new Promise((r) => setTimeout(r, 100));
  child.kill("SIGINT");
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    out += dec.decode(value);
  }
  const status = await child.status;
  const stderr = dec.decode(await new Response(child.stderr).arrayBuffer());
  // as CPython's exit_sigint: killed by SIGINT (a shell shows 130, subprocess.run -2)
  assert.equal(status.signal, "SIGINT");
  assert.equal(status.code, 130);
  assert.match(stderr, /\nKeyboardInterrupt\n$/);
  assert.match(stderr, /^Traceback \(most recent call last\):/);
  await Deno.remove(dir, { recursive: true });
});

// `pypyts -m unittest` discovers and runs a folder of tests with CPython's output and exit status. The
// expected files were produced by CPython (`python3 -m unittest discover -v -s pkg_tests` in
// tests/cli/unittest_project, `python3 -m unittest` in tests/cli/unittest_ok) with the timing and the
// 3.11-era caret lines normalised away (3.14 prints carets; both sides drop them here).
function normaliseUnittest(text: string): string {
  return text.split("\n")
    .map((l) => l.replace(/^Ran (\d+) tests? in [0-9.]+s$/, "Ran $1 tests in Ts"))
    // where the checkout lives does not matter: file names in tracebacks are reduced to their base name
    .map((l) => l.replace(/^(\s*File ")[^"]*\/([^"/]+")/, "$1$2"))
    .filter((l) => !/^\s*[~^]+\s*$/.test(l))
    .join("\n");
}

async function unittestRun(dir: string, args: string[]) {
  const out = await new Deno.Command(`${root}pypyts`, {
    args: ["-m", "unittest", ...args],
    cwd: `${root}tests/cli/${dir}`,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, text: normaliseUnittest(dec.decode(out.stdout) + dec.decode(out.stderr)) };
}

Deno.test("pypyts -m unittest discover: failures, errors, skips, subtests; exit 1", async () => {
  const r = await unittestRun("unittest_project", ["discover", "-v", "-s", "pkg_tests"]);
  assert.equal(
    r.text,
    normaliseUnittest(Deno.readTextFileSync(`${root}tests/cli/unittest_project.expected.txt`)),
  );
  assert.equal(r.code, 1);
});

Deno.test("pypyts -m unittest: a passing suite prints OK and exits 0", async () => {
  const r = await unittestRun("unittest_ok", []);
  assert.equal(r.text, normaliseUnittest(Deno.readTextFileSync(`${root}tests/cli/unittest_ok.expected.txt`)));
  assert.equal(r.code, 0);
});

Deno.test("pypyts -m pdb: stepping, a breakpoint, printing and continuing (3.14's monitoring backend)", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/prog.py`;
  Deno.writeTextFileSync(file, 'x = 1\ny = x + 1\nprint("y is", y)\n');
  const child = new Deno.Command(`${root}pypyts`, {
    args: ["-m", "pdb", file],
    cwd: root,
    env: { NO_COLOR: "1" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode("n\nb 3\nc\np x, y\nc\n"));
  await w.close();
  const out = await child.output();
  const text = new TextDecoder().decode(out.stdout);
  assert.match(text, /> .*prog\.py\(1\)<module>\(\)\n-> x = 1/);
  assert.match(text, /-> y = x \+ 1/);
  assert.match(text, /Breakpoint 1 at .*prog\.py:3/);
  assert.match(text, /\(Pdb\) \(1, 2\)/);
  assert.match(text, /y is 2\nThe program finished and will be restarted/);
  await Deno.remove(dir, { recursive: true });
});
