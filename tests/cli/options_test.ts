// The command line where CPython 3.14 differs from the machine's python3 (3.11), so the differential
// cases (tests/py/run/cmdline, oracle python3) cannot show it: checked here against 3.14's documented
// behaviour and its test_cmd_line.
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url).pathname;
const launcher = `${root}pypyts`;

async function pypyts(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(launcher, { args, cwd: root, stdout: "piped", stderr: "piped", env })
    .output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("-V, --version and -VV print the Python version", async () => {
  for (const flag of ["-V", "--version"]) {
    const r = await pypyts([flag]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "Python 3.14.0\n");
    assert.equal(r.stderr, "");
  }
  const r = await pypyts(["-VV"]);
  assert.match(r.stdout, /^Python 3\.14\.0 \(main\) \[pypyts [\d.]+ on Deno [\d.]+\]\n$/);
});

Deno.test("--help: CPython's usage line, options, fewer than 50 lines; --help-all adds -X and variables", async () => {
  let r = await pypyts(["--help"]);
  assert.equal(r.code, 0);
  const lines = r.stdout.split("\n");
  assert.equal(lines[0], `usage: ${launcher} [option] ... [-c cmd | -m mod | file | -] [arg] ...`);
  assert.ok(lines.length < 50);
  assert.doesNotMatch(r.stdout, /-X dev/);
  r = await pypyts(["--help-all"]);
  assert.match(r.stdout, /-X dev/);
  assert.match(r.stdout, /PYTHONSTARTUP/);
});

Deno.test("sys.flags has 3.14's 18 tuple fields and gil, thread_inherit_context, context_aware_warnings", async () => {
  const r = await pypyts(
    [
      "-I",
      "-c",
      "import sys; f = sys.flags; print(len(f), f.int_max_str_digits, f.gil, f.thread_inherit_context, f.context_aware_warnings); print(f)",
    ],
  );
  assert.equal(r.code, 0, r.stderr);
  const [first, repr] = r.stdout.split("\n");
  assert.equal(first, "18 4300 1 0 0");
  assert.match(repr, /^sys\.flags\(debug=0, inspect=0, .*safe_path=True, int_max_str_digits=4300\)$/);
});

Deno.test("-c text is dedented (3.14); mixed tabs and spaces still fail", async () => {
  let r = await pypyts(["-c", "\n    if 1:\n        print('dedented')\n    "]);
  assert.equal(r.stdout, "dedented\n", r.stderr);
  r = await pypyts(["-c", "\n \tif 1:\n\t  print('x')\n"]);
  assert.equal(r.code, 1);
});

Deno.test("PYTHONDEBUG sets sys.flags.debug to 1 whatever its value (3.14's test_sys_flags_set)", async () => {
  const r = await pypyts(["-c", "import sys; print(sys.flags.debug, sys.flags.optimize)"], {
    PYTHONDEBUG: "2",
    PYTHONOPTIMIZE: "2",
  });
  assert.equal(r.stdout, "1 2\n", r.stderr);
});

Deno.test("-X cpu_count and PYTHON_CPU_COUNT (3.13+) set os.cpu_count() and os.process_cpu_count()", async () => {
  const code = "import os; print(os.cpu_count(), os.process_cpu_count())";
  let r = await pypyts(["-X", "cpu_count=4321", "-c", code]);
  assert.equal(r.stdout, "4321 4321\n", r.stderr);
  r = await pypyts(["-c", code], { PYTHON_CPU_COUNT: "1234" });
  assert.equal(r.stdout, "1234 1234\n", r.stderr);
  r = await pypyts(["-X", "cpu_count=0", "-c", code]);
  assert.equal(r.code, 1);
});

Deno.test("-X importtime takes 0, 1 or 2 (3.14); other numbers fail", async () => {
  let r = await pypyts(["-X", "importtime=2", "-c", "import colorsys"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /import time: +\d+ \| +\d+ \| colorsys/);
  r = await pypyts(["-X", "importtime=3", "-c", "pass"]);
  assert.notEqual(r.code, 0);
});

Deno.test("sys.executable runs pypyts as python; the launcher's variable is not inherited", async () => {
  const r = await pypyts([
    "-c",
    "import os, subprocess, sys\n" +
    "print('PYPYTS_ARGV0' in os.environ, sys.executable == sys.orig_argv[0])\n" +
    "p = subprocess.run([sys.executable, '-O', '-c', 'import sys; print(sys.flags.optimize, sys.argv)', 'x'], " +
    "capture_output=True, text=True)\n" +
    "print(p.returncode, p.stdout, end='')",
  ]);
  assert.equal(r.stdout, "False True\n0 1 ['-c', 'x']\n", r.stderr);
});

Deno.test("a failed flush of stdout at exit: 3.14's message and status 120", async () => {
  // -E: PYTHONUNBUFFERED in the caller's environment would make the write reach the descriptor at once
  const r = await pypyts([
    "-E",
    "-c",
    "import os, sys; sys.stdout.write('x'); os.close(sys.stdout.fileno())",
  ]);
  assert.equal(r.code, 120);
  assert.match(
    r.stderr,
    /^Exception ignored while flushing sys\.stdout:\nOSError: \[Errno 9\] Bad file descriptor\n/,
  );
});

Deno.test("pypyts subcommands after options: -X baseline=0 run FILE; a file named like a subcommand runs by path", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/run`, "import sys; print('script', sys.argv)\n");
  let r = await pypyts(["-X", "baseline=0", "run", `${dir}/run`, "a"]);
  assert.equal(r.stdout, `script ['${dir}/run', 'a']\n`, r.stderr);
  r = await pypyts([`${dir}/run`]);
  assert.equal(r.stdout, `script ['${dir}/run']\n`, r.stderr);
  await Deno.remove(dir, { recursive: true });
});
