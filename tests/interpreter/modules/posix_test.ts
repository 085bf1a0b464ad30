// posix, _stat, pwd and grp: the TS helpers directly, and through ./pypyts for what the pyodide oracle
// cannot show (real uids, /etc/passwd, child processes, descriptors the runtime owns).
import { strict as assert } from "node:assert";
import { filemode } from "../../../interpreter/modules/stat.ts";
import { fsDecode, fsEncode } from "../../../interpreter/modules/posix/args.ts";
import { cString, decodeStat, libc, statBuffer } from "../../../interpreter/modules/posix/libc.ts";

const ROOT = new URL("../../../", import.meta.url);

function pypyts(code: string): { out: string; err: string; code: number } {
  const r = new Deno.Command(new URL("pypyts", ROOT).pathname, {
    args: ["-c", code],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).outputSync();
  const dec = new TextDecoder();
  return { out: dec.decode(r.stdout), err: dec.decode(r.stderr), code: r.code };
}

Deno.test("_stat.filemode: types, permission bits, setuid/setgid/sticky", () => {
  assert.equal(filemode(0o100644), "-rw-r--r--");
  assert.equal(filemode(0o040755), "drwxr-xr-x");
  assert.equal(filemode(0o120777), "lrwxrwxrwx");
  assert.equal(filemode(0o104755), "-rwsr-xr-x");
  assert.equal(filemode(0o104644), "-rwSr--r--");
  assert.equal(filemode(0o102710), "-rwx--s---");
  assert.equal(filemode(0o041777), "drwxrwxrwt");
  assert.equal(filemode(0o041776), "drwxrwxrwT");
  assert.equal(filemode(0o020620), "crw--w----");
  assert.equal(filemode(0o060660), "brw-rw----");
  assert.equal(filemode(0o010600), "prw-------");
  assert.equal(filemode(0o140755), "srwxr-xr-x");
  assert.equal(filemode(0), "?---------");
});

Deno.test("filesystem encoding: UTF-8 with surrogateescape round trips any bytes", () => {
  const raw = new Uint8Array([0x61, 0xff, 0xc3, 0xa9, 0x80, 0x62]);
  const s = fsDecode(raw);
  assert.equal(s, "a\udcff\u00e9\udc80b");
  assert.deepEqual(fsEncode(s), raw);
  assert.equal(fsDecode(new TextEncoder().encode("plain")), "plain");
  assert.deepEqual(fsEncode("caf\u00e9"), new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]));
});

Deno.test("struct stat decoding agrees with Deno.statSync", () => {
  const path = `/tmp/pypyts_posix_stat_${Deno.pid}`;
  Deno.writeFileSync(path, new Uint8Array(1234));
  try {
    assert.equal(libc().stat(cString(path), statBuffer()), 0);
    const st = decodeStat();
    const d = Deno.statSync(path);
    assert.equal(st.size, 1234);
    assert.equal(st.mode, d.mode);
    assert.equal(st.ino, d.ino);
    assert.equal(st.nlink, d.nlink);
    assert.equal(st.uid, d.uid);
    assert.equal((st.mtimeSec as number) * 1000 + Math.floor(st.mtimeNsec / 1e6), d.mtime!.getTime());
  } finally {
    Deno.removeSync(path);
  }
});

Deno.test("pwd/grp read the real databases; ids match the process's", () => {
  const uid = Deno.uid()!;
  const line = new TextDecoder().decode(Deno.readFileSync("/etc/passwd")).split("\n")
    .find((l) => l.split(":")[2] === String(uid))!;
  const r = pypyts(
    "import os, pwd, grp\n" +
      "p = pwd.getpwuid(os.getuid())\n" +
      "print(os.getuid(), p.pw_name, p.pw_dir, pwd.getpwnam(p.pw_name) == p)\n" +
      "print(grp.getgrgid(p.pw_gid).gr_gid == p.pw_gid, type(grp.getgrall()).__name__)\n" +
      "try:\n    pwd.getpwuid(2**31 - 7)\nexcept KeyError as e:\n    print('KeyError', e)\n",
  );
  assert.equal(r.err, "");
  const f = line.split(":");
  assert.equal(
    r.out,
    `${uid} ${f[0]} ${f[5]} True\nTrue list\nKeyError 'getpwuid(): uid not found: ${2 ** 31 - 7}'\n`,
  );
});

Deno.test("os.system sees os.environ changes; closerange spares the runtime's descriptors", () => {
  const r = pypyts(
    "import os\n" +
      "os.environ['PYPYTS_POSIX_T'] = 'from-python'\n" +
      "st = os.system('echo $PYPYTS_POSIX_T; exit 3')\n" +
      "print(os.waitstatus_to_exitcode(st))\n" +
      "os.closerange(3, 4096)\n" +
      "r, w = os.pipe(); os.write(w, b'ok'); print(os.read(r, 2))\n",
  );
  assert.equal(r.err, "");
  assert.equal(r.code, 0);
  assert.equal(r.out, "from-python\n3\nb'ok'\n");
});

Deno.test("os.stat_result from a real stat: ns times, float times, int indices", () => {
  const r = pypyts(
    "import os\n" +
      "s = os.stat('pypyts')\n" +
      "print(s.st_mtime_ns // 10**9 == s[8], abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-6, s.st_blksize > 0)\n" +
      "print(os.stat_result.n_fields, len(s), s.st_rdev == 0)\n",
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "True True True\n19 10 True\n");
});

Deno.test("scandir over several getdents64 batches; descriptors released", () => {
  const dir = `/tmp/pypyts_posix_big_${Deno.pid}`;
  Deno.mkdirSync(dir);
  try {
    for (let i = 0; i < 1500; i++) {
      Deno.writeFileSync(`${dir}/file_with_a_fairly_long_name_${i}.txt`, new Uint8Array(0));
    }
    const r = pypyts(
      "import os\n" +
        `d = ${JSON.stringify(dir)}\n` +
        "fds = lambda: len(os.listdir('/proc/self/fd'))\n" +
        "n0 = fds()\n" +
        "print(len(os.listdir(d)), len(list(os.scandir(d))), len(set(os.listdir(d))))\n" +
        "it = os.scandir(d); next(it); print(fds() - n0); it.close(); print(fds() - n0)\n" +
        "with os.scandir(d) as it:\n    names = sorted(e.name for e in it if e.is_file())\n" +
        "print(len(names), names[0], fds() - n0)\n" +
        "fd = os.open(d, os.O_RDONLY)\nprint(len(os.listdir(fd)), len(os.listdir(fd)))\nos.close(fd)\n",
    );
    assert.equal(r.err, "");
    assert.equal(r.out, "1500 1500 1500\n1\n0\n1500 file_with_a_fairly_long_name_0.txt 0\n1500 1500\n");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("Linux-only descriptor calls: eventfd, preadv/pwritev, splice, readv/writev, ptys, xattrs", () => {
  const path = `/tmp/pypyts_posix_fdcalls_${Deno.pid}`;
  try {
    const r = pypyts(
      "import os\n" +
        "e = os.eventfd(0); os.eventfd_write(e, 5); os.eventfd_write(e, 2); print(os.eventfd_read(e)); os.close(e)\n" +
        `fd = os.open(${JSON.stringify(path)}, os.O_RDWR | os.O_CREAT | os.O_TRUNC)\n` +
        "print(os.pwritev(fd, [b'hello ', b'world'], 0))\n" +
        "a, b = bytearray(5), bytearray(6); print(os.preadv(fd, [a, b], 0), a, b)\n" +
        "r, w = os.pipe(); os.lseek(fd, 0, 0); print(os.splice(fd, w, 11), os.read(r, 20))\n" +
        "print(os.writev(w, [b'x', memoryview(b'yz')]), os.readv(r, [bytearray(1), bytearray(5)]))\n" +
        "m = os.posix_openpt(os.O_RDWR | os.O_NOCTTY); os.grantpt(m); os.unlockpt(m)\n" +
        "print(os.ptsname(m).startswith('/dev/pts/'), os.get_inheritable(m)); os.close(m)\n" +
        "try:\n    os.setxattr(fd, 'user.k', b'v'); print(os.listxattr(fd), os.getxattr(fd, 'user.k'))\n" +
        "except OSError as exc:\n    print(['user.k'], b'v')  # filesystem without user xattrs\n" +
        "try:\n    os.getxattr(fd, 'user.missing')\nexcept OSError as exc:\n    print(type(exc).__name__)\n",
    );
    assert.equal(r.err, "");
    assert.equal(
      r.out,
      "7\n11\n11 bytearray(b'hello') bytearray(b' world')\n11 b'hello world'\n3 3\nTrue False\n" +
        "['user.k'] b'v'\nOSError\n",
    );
  } finally {
    Deno.removeSync(path);
  }
});

Deno.test("waitid/waitpid on a real child; wait-status helpers", () => {
  const r = pypyts(
    "import os, subprocess\n" +
      "p = subprocess.Popen(['sh', '-c', 'exit 7'])\n" +
      "res = os.waitid(os.P_PID, p.pid, os.WEXITED)\n" +
      "print(type(res).__name__, res.si_pid == p.pid, res.si_status, res.si_code == os.CLD_EXITED)\n" +
      "p2 = subprocess.Popen(['sh', '-c', 'kill -TERM $$'])\n" +
      "pid, status = os.waitpid(p2.pid, 0)\n" +
      "print(pid == p2.pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))\n" +
      "try:\n    os.waitpid(-1, 0)\nexcept ChildProcessError as e:\n    print(type(e).__name__, e.strerror)\n",
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "waitid_result True 7 True\nTrue True 15 -15\nChildProcessError No child processes\n");
});

function hasPython3(): boolean {
  try {
    return new Deno.Command("python3", { args: ["-c", "pass"] }).outputSync().success;
  } catch {
    return false;
  }
}

// The host's CPython (any 3.x) exposes the same Linux constants; values must agree name by name.
Deno.test({
  name: "posix/errno/_stat integer constants equal the host CPython's",
  ignore: !hasPython3(),
  fn() {
    const code = "import json, posix, errno, _stat\n" +
      "print(json.dumps({m.__name__: {n: getattr(m, n) for n in dir(m) if type(getattr(m, n)) is int}" +
      " for m in (posix, errno, _stat)}))\n";
    const host = JSON.parse(
      new TextDecoder().decode(new Deno.Command("python3", { args: ["-c", code] }).outputSync().stdout),
    );
    const ours = JSON.parse(pypyts(code).out);
    for (const mod of ["posix", "errno", "_stat"]) {
      for (const [name, value] of Object.entries(ours[mod])) {
        if (name in host[mod]) assert.equal(value, host[mod][name], `${mod}.${name}`);
      }
    }
    // nothing the host has is missing here, except what pypyts deliberately leaves out
    const leftOut = /^(POSIX_SPAWN_|RWF_)/;
    for (const mod of ["posix", "errno", "_stat"]) {
      const missing = Object.keys(host[mod]).filter((n) => !(n in ours[mod]) && !leftOut.test(n));
      assert.deepEqual(missing, [], mod);
    }
  },
});
