import { strict as assert } from "node:assert";
import {
  EBADF,
  fdClose,
  fdFstat,
  fdOpen,
  fdPollIn,
  fdRead,
  fdSeek,
  fdWrite,
  O_CLOEXEC,
  O_CREAT,
  O_RDWR,
  O_TRUNC,
  S_IFMT,
  S_IFREG,
} from "../../../interpreter/modules/fd_table.ts";

Deno.test("fd_table: open/write/seek/read/fstat/close on a real descriptor", () => {
  const path = `/tmp/pypyts_io_fdtable_${Deno.pid}`;
  const fd = fdOpen(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600);
  try {
    assert.ok(fd > 2);
    assert.equal(fdWrite(fd, new TextEncoder().encode("hello")), 5);
    assert.equal(fdSeek(fd, 0, 1), 5);
    assert.equal(fdSeek(fd, 1, 0), 1);
    const buf = new Uint8Array(10);
    assert.equal(fdRead(fd, buf), 4);
    assert.equal(new TextDecoder().decode(buf.subarray(0, 4)), "ello");
    assert.equal(fdRead(fd, buf), 0);
    const st = fdFstat(fd);
    assert.ok(typeof st !== "number");
    assert.equal(st.size, 5);
    assert.equal(st.mode & S_IFMT, S_IFREG);
    assert.ok(fdPollIn(fd, 0) > 0); // a regular file is always readable
  } finally {
    assert.equal(fdClose(fd), 0);
    Deno.removeSync(path);
  }
  assert.equal(fdClose(fd), -EBADF);
  assert.equal(fdOpen("/nonexistent_dir_pypyts/x", 0), -2);
});
