// The interpreter's start-up configuration, as CPython's PyConfig: filled from the command line and the
// PYTHON* environment variables by cli/options.ts before boot, read by sys (sys.flags, sys.argv,
// sys.orig_argv, sys._xoptions, sys.warnoptions), the compiler (-O), the bytecode cache (-B) and
// interpreter/pymain.ts (what to run). The defaults are those of `python` with no options.

export interface InterpreterConfig {
  /** sys.executable: a path that runs pypyts as `python` */
  executable: string;
  /** sys.orig_argv: the whole command line, the executable first */
  origArgv: string[];
  // sys.flags, in its order
  parserDebug: number;
  inspect: number;
  interactive: number;
  optimize: number;
  dontWriteBytecode: number;
  noUserSite: number;
  noSite: number;
  ignoreEnvironment: number;
  verbose: number;
  bytesWarning: number;
  quiet: number;
  hashRandomization: number;
  /** PYTHONHASHSEED: the str/bytes hash key's seed (objects/strhash.ts); null = random */
  hashSeed: number | null;
  isolated: number;
  devMode: boolean;
  utf8Mode: number;
  warnDefaultEncoding: number;
  safePath: boolean;
  /** The sys.path[0] the start computed (null under -P): the "consider renaming" hints compare with it */
  sysPath0: string | null;
  intMaxStrDigits: number;
  contextAwareWarnings: number;
  threadInheritContext: number;
  /** -u / PYTHONUNBUFFERED: stdout and stderr write through */
  unbuffered: boolean;
  /** -x: skip the script's first line (its line numbers stay) */
  skipFirstLine: boolean;
  /** sys.warnoptions, in the order CPython builds them (dev mode, PYTHONWARNINGS, -W, -b) */
  warnoptions: string[];
  /** sys._xoptions: `-X name` is true, `-X name=value` the string */
  xoptions: Map<string, string | true>;
  /** PYTHONIOENCODING's encoding and errors (null: the defaults) */
  ioEncoding: string | null;
  ioErrors: string | null;
  /** PYTHONSTARTUP (the REPL runs it first) */
  startup: string | null;
  /** sys.pycache_prefix */
  pycachePrefix: string | null;
  /** -X cpu_count=N / PYTHON_CPU_COUNT; -1: not configured */
  cpuCount: number;
  /** --check-hash-based-pycs (accepted; pypyts's cache has its own validation) */
  checkHashPycsMode: string;
}

export const config: InterpreterConfig = {
  executable: "",
  origArgv: [],
  parserDebug: 0,
  inspect: 0,
  interactive: 0,
  optimize: 0,
  dontWriteBytecode: 0,
  noUserSite: 0,
  noSite: 0,
  ignoreEnvironment: 0,
  verbose: 0,
  bytesWarning: 0,
  quiet: 0,
  hashRandomization: 1,
  hashSeed: null,
  isolated: 0,
  devMode: false,
  utf8Mode: 1,
  warnDefaultEncoding: 0,
  safePath: false,
  sysPath0: null,
  intMaxStrDigits: 4300,
  contextAwareWarnings: 0,
  threadInheritContext: 0,
  unbuffered: false,
  skipFirstLine: false,
  warnoptions: [],
  xoptions: new Map(),
  ioEncoding: null,
  ioErrors: null,
  startup: null,
  pycachePrefix: null,
  cpuCount: -1,
  checkHashPycsMode: "default",
};

/** An environment variable, or undefined (also without env permission). */
export function envGet(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/** A PYTHON* variable as CPython reads it: undefined under -E/-I, and an empty value counts as unset. */
export function pythonEnv(name: string): string | undefined {
  if (config.ignoreEnvironment) return undefined;
  const v = envGet(name);
  return v === undefined || v === "" ? undefined : v;
}
