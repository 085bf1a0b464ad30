// The bytecode cache is an optimisation only: a missing, unwritable or garbage-filled cache folder, or a
// damaged entry, must never change what a program does. Each check runs ./pypyts with PYPYTS_CACHE_DIR.
import assert from "node:assert/strict";

const root = new URL("../../../", import.meta.url).pathname;

async function run(cacheDir: string, code: string) {
  const env: Record<string, string> = {
    PYPYTS_CACHE_DIR: cacheDir,
    NO_COLOR: "1",
    PYTHONDONTWRITEBYTECODE: "",
  };
  const out = await new Deno.Command(`${root}pypyts`, {
    args: ["-c", code],
    cwd: root,
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

const PROGRAM = "import keyword, enum; print(keyword.iskeyword('if'), enum.Enum('C', 'A B').B.value)";
const EXPECTED = "True 2\n";

function entries(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of Deno.readDirSync(d)) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

Deno.test("bytecode cache: entries are written, then read back with the same result", async () => {
  const dir = await Deno.makeTempDir();
  const cold = await run(dir, PROGRAM);
  assert.equal(cold.stdout, EXPECTED, cold.stderr);
  const written = entries(dir);
  assert.ok(written.length >= 2, `entries: ${written.length}`);
  const before = written.map((p) => Deno.statSync(p).mtime!.getTime());
  const warm = await run(dir, PROGRAM);
  assert.equal(warm.stdout, EXPECTED, warm.stderr);
  // a hit does not rewrite the entry
  assert.deepEqual(written.map((p) => Deno.statSync(p).mtime!.getTime()), before);
  await Deno.remove(dir, { recursive: true });
});

/** Random bytes; getRandomValues fills at most 64 KiB per call. */
function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

Deno.test("bytecode cache: garbage and truncated entries are ignored and rewritten", async () => {
  const dir = await Deno.makeTempDir();
  await run(dir, PROGRAM);
  const files = entries(dir);
  files.forEach((p, i) => {
    const data = Deno.readFileSync(p);
    if (i % 2 === 0) Deno.writeFileSync(p, data.subarray(0, Math.floor(data.length / 2)));
    else Deno.writeFileSync(p, randomBytes(data.length));
  });
  const r = await run(dir, PROGRAM);
  assert.equal(r.stdout, EXPECTED, r.stderr);
  assert.equal(r.code, 0);
  // rewritten: the next run hits valid entries again (their size is back to a whole entry)
  const again = await run(dir, PROGRAM);
  assert.equal(again.stdout, EXPECTED, again.stderr);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("bytecode cache: a flipped byte inside a valid entry never changes behaviour", async () => {
  const dir = await Deno.makeTempDir();
  await run(dir, PROGRAM);
  for (const p of entries(dir)) {
    const data = Deno.readFileSync(p);
    data[data.length - 7] ^= 0x5a;
    Deno.writeFileSync(p, data);
  }
  const r = await run(dir, PROGRAM);
  // A flipped byte may still decode (e.g. inside a string constant's bytes is impossible to detect
  // without a checksum), so the entries carry the key, and the decoder rejects malformed structure;
  // either way the run must finish normally or with a clean Python error — never a JS crash.
  assert.ok(!/error: Uncaught|at file:\/\//.test(r.stderr), r.stderr);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("bytecode cache: a folder that cannot be created or written is not an error", async () => {
  const dir = await Deno.makeTempDir();
  const blocker = `${dir}/file`;
  Deno.writeTextFileSync(blocker, "not a folder");
  const r = await run(`${blocker}/cache`, PROGRAM);
  assert.equal(r.stdout, EXPECTED, r.stderr);
  assert.equal(r.code, 0);
  const missing = await run(`${dir}/does/not/exist/yet`, PROGRAM);
  assert.equal(missing.stdout, EXPECTED, missing.stderr);
  await Deno.remove(dir, { recursive: true });
});

/** Run `code` with `dir` (a folder holding user modules) as the working folder and first sys.path entry. */
async function runIn(cacheDir: string, dir: string, code: string) {
  const out = await new Deno.Command(`${root}pypyts`, {
    args: ["-c", code],
    cwd: dir,
    env: { PYPYTS_CACHE_DIR: cacheDir, NO_COLOR: "1", PYTHONDONTWRITEBYTECODE: "", PYTHONPATH: dir },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("bytecode cache: an edited module is recompiled, even at the same size and mtime", async () => {
  const cache = await Deno.makeTempDir();
  const src = await Deno.makeTempDir();
  const file = `${src}/edited_mod.py`;
  Deno.writeTextFileSync(file, "VALUE = 'aaa'\n");
  const stamp = Deno.statSync(file).mtime!;
  const first = await runIn(cache, src, "import edited_mod; print(edited_mod.VALUE)");
  assert.equal(first.stdout, "aaa\n", first.stderr);
  const count = entries(cache).length;
  // same length, same modification time: only the content tells them apart
  Deno.writeTextFileSync(file, "VALUE = 'bbb'\n");
  Deno.utimeSync(file, stamp, stamp);
  const second = await runIn(cache, src, "import edited_mod; print(edited_mod.VALUE)");
  assert.equal(second.stdout, "bbb\n", second.stderr);
  // a file has one entry: the stale one was replaced, not joined by a second
  assert.equal(entries(cache).length, count);
  const third = await runIn(cache, src, "import edited_mod; print(edited_mod.VALUE)");
  assert.equal(third.stdout, "bbb\n", third.stderr);
  await Deno.remove(cache, { recursive: true });
  await Deno.remove(src, { recursive: true });
});

Deno.test("bytecode cache: an entry moved over another file's entry is not used for it", async () => {
  const cache = await Deno.makeTempDir();
  const src = await Deno.makeTempDir();
  Deno.writeTextFileSync(`${src}/mod_one.py`, "WHO = 'one'\n");
  Deno.writeTextFileSync(`${src}/mod_two.py`, "WHO = 'two'\n");
  const r = await runIn(cache, src, "import mod_one, mod_two; print(mod_one.WHO, mod_two.WHO)");
  assert.equal(r.stdout, "one two\n", r.stderr);
  const holding = (name: string) =>
    entries(cache).filter((p) => new TextDecoder().decode(Deno.readFileSync(p)).includes(name));
  const [one] = holding("mod_one.py");
  const [two] = holding("mod_two.py");
  assert.ok(one !== undefined && two !== undefined && one !== two);
  Deno.copyFileSync(one, two);
  const again = await runIn(cache, src, "import mod_two; print(mod_two.WHO)");
  assert.equal(again.stdout, "two\n", again.stderr);
  await Deno.remove(cache, { recursive: true });
  await Deno.remove(src, { recursive: true });
});

Deno.test("bytecode cache: exec of generated source is cached by its exact text", async () => {
  const cache = await Deno.makeTempDir();
  // two long sources that differ in one character: each must run its own code, cold and warm
  const code = [
    "pad = '#' * 300",
    "for v in ('x', 'y'):",
    "    ns = {}",
    "    exec(f'R = {v!r}  ' + pad, ns)",
    "    print(ns['R'])",
  ].join("\n");
  for (let i = 0; i < 2; i++) {
    const r = await run(cache, code);
    assert.equal(r.stdout, "x\ny\n", r.stderr);
  }
  assert.ok(entries(cache).length >= 2, `entries: ${entries(cache).length}`);
  await Deno.remove(cache, { recursive: true });
});

Deno.test("bytecode cache: the main script is cached, and an edit of it is seen", async () => {
  const cache = await Deno.makeTempDir();
  const src = await Deno.makeTempDir();
  const file = `${src}/main_script.py`;
  const runFile = async () => {
    const out = await new Deno.Command(`${root}pypyts`, {
      args: [file],
      cwd: src,
      env: { PYPYTS_CACHE_DIR: cache, NO_COLOR: "1", PYTHONDONTWRITEBYTECODE: "" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const dec = new TextDecoder();
    return { stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
  };
  Deno.writeTextFileSync(file, "print('one', __name__)\n1 / 0\n");
  const first = await runFile();
  assert.equal(first.stdout, "one __main__\n");
  assert.equal(entries(cache).length, 1);
  // the traceback still shows the script's line from a cached compile
  const second = await runFile();
  assert.equal(second.stdout, "one __main__\n");
  assert.match(second.stderr, /line 2, in <module>\n {4}1 \/ 0\n/);
  const stamp = Deno.statSync(file).mtime!;
  Deno.writeTextFileSync(file, "print('two', __name__)\n1 / 0\n");
  Deno.utimeSync(file, stamp, stamp);
  const third = await runFile();
  assert.equal(third.stdout, "two __main__\n");
  await Deno.remove(cache, { recursive: true });
  await Deno.remove(src, { recursive: true });
});

Deno.test("bytecode cache: short exec/eval sources are cached; many distinct ones stop using it", async () => {
  const cache = await Deno.makeTempDir();
  const short = "import collections; P = collections.namedtuple('P', 'x y'); print(eval('1 + 2'), P(1, 2))";
  for (let i = 0; i < 2; i++) {
    const r = await run(cache, short);
    assert.equal(r.stdout, "3 P(x=1, y=2)\n", r.stderr);
  }
  const texts = () =>
    entries(cache).filter((p) => new TextDecoder().decode(Deno.readFileSync(p)).includes("text:<string>"))
      .length;
  const few = texts();
  assert.ok(few >= 2, `text entries: ${few}`);
  // 1000 distinct sources: each runs its own code, and at most a bounded number is written
  const r = await run(cache, "t = 0\nfor i in range(1000): t += eval(f'{i} + 1')\nprint(t)");
  assert.equal(r.stdout, "500500\n", r.stderr);
  assert.ok(texts() - few <= 200, `text entries: ${texts() - few}`);
  await Deno.remove(cache, { recursive: true });
});
