// The regex compile cache (interpreter/modules/sre/compile_cache.ts) keeps `re._compiler.compile`'s
// results in the bytecode cache folder. A hit must behave exactly as a compile; damaged entries and
// patterns that warn must never change what a program does.
import assert from "node:assert/strict";

const root = new URL("../../../", import.meta.url).pathname;

async function run(cacheDir: string, code: string) {
  const out = await new Deno.Command(`${root}pypyts`, {
    args: ["-c", code],
    cwd: root,
    env: { PYPYTS_CACHE_DIR: cacheDir, NO_COLOR: "1", PYTHONDONTWRITEBYTECODE: "" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

// Patterns no module at startup compiles, so their entries are the only regex entries the run adds.
const PROGRAM = `
import re
p = re.compile(r"(?P<word>[a-z]+)-(?P<n>\\d{2,})(?i:X)?", re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, p.findall("ab-12x cd-345 e-1"))
b = re.compile(rb"(?x) (\\w+) \\s* = \\s* (?P<v>[^;]*) ;")
print(b.flags, b.groupindex, b.match(b"key = value;").groups())
print(re.sub(r"(?<=q)u", "U", "quququ"), re.split(r"[,;]\\s*", "a, b;c"))
print(re.compile(r"(a)|(b)").match("b").lastindex, re.compile("(?s).").match("\\n"))
`;

/** The cache's regex entries: files whose body is 16 hex digits then the JSON of a compile. */
function regexEntries(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of Deno.readDirSync(d)) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory) walk(p);
      else if (/[0-9a-f]{16}\{"flags":/.test(new TextDecoder("latin1").decode(Deno.readFileSync(p)))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out.sort();
}

Deno.test("regex compile cache: a hit gives what a compile gives, and is not rewritten", async () => {
  const dir = await Deno.makeTempDir();
  const cold = await run(dir, PROGRAM);
  assert.equal(cold.code, 0, cold.stderr);
  const written = regexEntries(dir);
  assert.ok(written.length >= 5, `regex entries: ${written.length}`);
  const before = written.map((p) => Deno.statSync(p).mtime!.getTime());
  const warm = await run(dir, PROGRAM);
  assert.equal(warm.stdout, cold.stdout, warm.stderr);
  assert.deepEqual(regexEntries(dir), written);
  assert.deepEqual(written.map((p) => Deno.statSync(p).mtime!.getTime()), before);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("regex compile cache: a damaged entry is a miss, never a different pattern", async () => {
  const dir = await Deno.makeTempDir();
  const cold = await run(dir, PROGRAM);
  for (const p of regexEntries(dir)) {
    const data = Deno.readFileSync(p);
    // change one digit of the body (a code word, a flag or a group number): still valid JSON
    const text = new TextDecoder("latin1").decode(data);
    const at = text.lastIndexOf('"code":[') + 9;
    data[at] = data[at] === 0x31 ? 0x32 : 0x31;
    Deno.writeFileSync(p, data);
  }
  const r = await run(dir, PROGRAM);
  assert.equal(r.stdout, cold.stdout, r.stderr);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("regex compile cache: patterns that warn warn on every run", async () => {
  const dir = await Deno.makeTempDir();
  const prog = "import re; print(re.compile('[[a]').match('[a').group(), re.compile('[a&&b]').pattern)";
  for (let i = 0; i < 2; i++) {
    const r = await run(dir, prog);
    assert.equal(r.stdout, "[ [a&&b]\n", r.stderr);
    assert.match(r.stderr, /FutureWarning: Possible nested set at position 1/);
    assert.match(r.stderr, /FutureWarning: Possible set intersection at position 2/);
  }
  await Deno.remove(dir, { recursive: true });
});
