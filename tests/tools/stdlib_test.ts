import assert from "node:assert/strict";
import { listStdlibSources } from "../../tools/stdlib.ts";

Deno.test("the stdlib archive is read in place: 559 .py files", () => {
  const files = listStdlibSources();
  assert.equal(files.length, 559);
  const os = files.find((f) => f.path === "os.py");
  assert.ok(os && os.source.includes("def makedirs("));
});
