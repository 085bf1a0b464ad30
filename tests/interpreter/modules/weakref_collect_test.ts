// gc.collect()'s collection (modules/weakref.ts collectNow) needs V8 flags the launcher gives and `deno
// test` does not, so weakref_collect_child.ts runs in a Deno started with them.
import assert from "node:assert/strict";

const child = new URL("./weakref_collect_child.ts", import.meta.url).pathname;

async function run(flags: string[]): Promise<Record<string, unknown>> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", "--no-check", ...flags, child],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  return JSON.parse(text);
}

Deno.test("collectNow: dropped referents die, callbacks run newest first, held ones stay", async () => {
  const r = await run(["--v8-flags=--allow-natives-syntax,--expose-gc"]);
  assert.deepEqual(r, {
    collected: true,
    dead: [true, true, true],
    heldAlive: true,
    called: ["second:dead", "first:dead"],
  });
});

Deno.test("collectNow without the V8 flags reports that it could not collect", async () => {
  const r = await run([]);
  assert.deepEqual(r, { collected: false, dead: [false, false, false], heldAlive: true, called: [] });
});
