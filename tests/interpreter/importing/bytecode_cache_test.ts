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
