// The `python` command line, parsed as CPython 3.14 parses it (Python/getopt.c, Python/initconfig.c):
// short options may be combined (`-Bc code`), an option's argument may be attached (`-Wd`, `-Xdev`) or
// the next word, `-c`, `-m`, a script name or `-` end the options, `--` ends them too; then the PYTHON*
// environment variables (not under -E/-I), and the whole becomes interpreter/config.ts's `config`.
import { config, envGet } from "../interpreter/config.ts";
import { PYTHON_VERSION, sysVersion } from "../interpreter/version.ts";

/** What to run once the options are read (sys.argv already as CPython makes it). */
export interface RunTarget {
  mode: "command" | "module" | "file" | "stdin" | "repl";
  /** the code for "command", the module name for "module", the path for "file" */
  target: string;
  argv: string[];
}

export type ParseResult =
  | { kind: "run"; run: RunTarget }
  | { kind: "exit"; code: number; stdout?: string; stderr?: string }
  | { kind: "subcommand"; name: string; args: string[] };

/** pypyts's own subcommands, recognised when they are the first word after the options. */
const SUBCOMMANDS = new Set(["run", "dis"]);

/** Options that take an argument (CPython's SHORT_OPTS "bBc:dEhiIJm:OPqRsStuvVW:xX:?"). */
const SHORT_OPTS = "bBcdEhiIJmOPqRsStuvVWxX?";
const TAKES_ARG = new Set(["c", "m", "W", "X"]);
const LONG_OPTS: Record<string, boolean> = {
  "check-hash-based-pycs": true,
  "help-all": false,
  "help-env": false,
  "help-xoptions": false,
};

export function usageLine(program: string): string {
  return `usage: ${program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;
}

function usageError(program: string, message: string): ParseResult {
  return {
    kind: "exit",
    code: 2,
    stderr: `${message}${usageLine(program)}Try \`python -h' for more information.\n`,
  };
}

const HELP = `Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write bytecode cache entries on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (sets sys.flags.debug); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements (cached apart
         from unoptimized code); also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         accepted for compatibility (pypyts validates its cache by content)
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit

pypyts subcommands (as the first word after the options):
run FILE [arg] ... : run FILE as a script (as \`pypyts FILE\`)
dis FILE           : print the bytecode disassembly of FILE

Arguments:
file   : program read from script file, a folder or zip archive with __main__.py
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

const HELP_XOPTIONS = `The following implementation-specific options are available:
-X baseline=off|N: pypyts's baseline tier: never compile code objects to JS, or
    compile them after N calls or loop iterations (also PYPYTS_BASELINE)
-X context_aware_warnings=[0|1]: warnings.catch_warnings uses a context variable
-X cpu_count=N: override os.cpu_count() and os.process_cpu_count(); 'default'
    keeps the system's value; also PYTHON_CPU_COUNT
-X dev : enable the development mode: the 'default' warning filter first,
    sys.flags.dev_mode; also PYTHONDEVMODE
-X faulthandler: accepted (pypyts reports internal faults as SystemError)
-X frozen_modules=[on|off]: accepted (pypyts has no frozen modules)
-X gil=1: accepted (pypyts runs one thread)
-X importtime[=2]: show how long each import takes (self and cumulative
    microseconds, nested imports indented); also PYTHONPROFILEIMPORTTIME
-X int_max_str_digits=N: limit the size of int<->str conversions; 0 disables
    the limit; also PYTHONINTMAXSTRDIGITS
-X no_debug_ranges: accepted; also PYTHONNODEBUGRANGES
-X pycache_prefix=PATH: sets sys.pycache_prefix; also PYTHONPYCACHEPREFIX
-X thread_inherit_context=[0|1]: threads start in a copy of the caller's context
-X utf8[=0|1]: UTF-8 mode (sys.flags.utf8_mode); also PYTHONUTF8
-X warn_default_encoding: EncodingWarning for 'encoding=None';
    also PYTHONWARNDEFAULTENCODING
`;

const HELP_ENV = `Environment variables that change behavior:
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
PYTHONIOENCODING: encoding[:errors] used for stdin/stdout/stderr.
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONUTF8   : if set to 1, enable the UTF-8 mode.
PYTHON_CPU_COUNT: override the return value of os.cpu_count()
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : sys.flags.debug (-d)
PYTHONDEVMODE           : enable the development mode (-X dev)
PYTHONDONTWRITEBYTECODE : don't write bytecode cache entries (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
pypyts's own: PYPYTS_CACHE_DIR, PYPYTS_STDLIB, PYPYTS_BASELINE, PYPYTS_LOG, PYPYTS_DEBUG
`;

/** A fatal configuration error, reported as CPython's Py_ExitStatusException does (exit status 1). */
function fatal(func: string, message: string): ParseResult {
  return {
    kind: "exit",
    code: 1,
    stderr: `Fatal Python error: ${func}: ${message}\nPython runtime state: preinitialized\n\n`,
  };
}

/** An integer environment flag as CPython's _Py_get_env_flag: unset/empty 0, not a number (or < 0) 1. */
function envFlag(name: string): number {
  const v = envGet(name);
  if (v === undefined || v === "") return 0;
  const n = /^\s*[+-]?\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/** The locale's character set is ASCII ("C"/"POSIX"): CPython then turns UTF-8 mode on by itself. */
function localeIsC(): boolean {
  const lc = envGet("LC_ALL") || envGet("LC_CTYPE") || envGet("LANG") || "C";
  return lc === "C" || lc === "POSIX";
}

/**
 * The -c text without the leading whitespace all its non-blank lines share (3.14); lines of only
 * whitespace become empty. Tabs and spaces are different characters, as in textwrap.dedent.
 */
export function dedent(text: string): string {
  const lines = text.split("\n");
  let margin: string | null = null;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (margin === null) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
    if (margin === "") break;
  }
  if (margin === null || margin === "") {
    return lines.some((l) => l !== "" && l.trim() === "")
      ? lines.map((l) => (l.trim() === "" ? "" : l)).join("\n")
      : text;
  }
  const cut = margin.length;
  return lines.map((l) => (l.trim() === "" ? "" : l.slice(cut))).join("\n");
}

/**
 * Parse `argv` (the process's arguments after the program) into `config`; `program` is argv[0] for
 * messages. Returns what to run, or an exit (help, version, a usage error).
 */
export function parseCommandLine(argv: string[], program: string): ParseResult {
  let optind = 0;
  let rest = ""; // the remaining letters of a combined short option word
  let printVersion = 0;
  let help: string | null = null;
  const cmdlineWarn: string[] = [];
  const x = config.xoptions;
  let command: string | null = null;
  let module: string | null = null;
  let ignoreEnv = false;
  let writeBytecode = true;
  let userSite = true;
  let unbuffered = false;
  let inspect = 0, verbose = 0, optimize = 0, debug = 0, quiet = 0, bytesWarning = 0;
  let isolated = false, safePath = false, noSite = false, skipFirst = false;

  for (;;) {
    let opt: string;
    let optarg: string | undefined;
    if (rest === "") {
      if (optind >= argv.length) break;
      const word = argv[optind];
      if (word[0] !== "-" || word === "-") break;
      if (word === "--") {
        optind++;
        break;
      }
      if (word === "--help") {
        optind++;
        opt = "h";
      } else if (word === "--version") {
        optind++;
        opt = "V";
      } else if (word.startsWith("--")) {
        optind++;
        const name = word.slice(2);
        if (!(name in LONG_OPTS)) return usageError(program, `unknown option ${word}\n`);
        if (LONG_OPTS[name]) {
          if (optind >= argv.length) {
            return usageError(program, `Argument expected for the ${word} options\n`);
          }
          optarg = argv[optind++];
        }
        opt = `--${name}`;
      } else {
        rest = word.slice(1);
        optind++;
        opt = "";
      }
    } else opt = "";
    if (opt === "") {
      opt = rest[0];
      rest = rest.slice(1);
      if (opt === "J") return usageError(program, "-J is reserved for Jython\n");
      if (!SHORT_OPTS.includes(opt)) return usageError(program, `Unknown option: -${opt}\n`);
      if (TAKES_ARG.has(opt)) {
        if (rest !== "") {
          optarg = rest;
          rest = "";
        } else if (optind < argv.length) optarg = argv[optind++];
        else return usageError(program, `Argument expected for the -${opt} option\n`);
      }
    }
    if (opt === "c") {
      command = optarg!;
      break;
    }
    if (opt === "m") {
      module = optarg!;
      break;
    }
    switch (opt) {
      case "--check-hash-based-pycs":
        if (!["always", "default", "never"].includes(optarg!)) {
          return usageError(
            program,
            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n",
          );
        }
        config.checkHashPycsMode = optarg!;
        break;
      case "--help-all":
        help ??= `${usageLine(program)}${HELP}\n${HELP_XOPTIONS}\n${HELP_ENV}`;
        break;
      case "--help-env":
        help ??= HELP_ENV;
        break;
      case "--help-xoptions":
        help ??= HELP_XOPTIONS;
        break;
      case "b":
        bytesWarning++;
        break;
      case "d":
        debug++;
        break;
      case "i":
        inspect++;
        config.interactive++;
        break;
      case "I":
        isolated = true;
        break;
      case "O":
        optimize++;
        break;
      case "P":
        safePath = true;
        break;
      case "B":
        writeBytecode = false;
        break;
      case "s":
        userSite = false;
        break;
      case "S":
        noSite = true;
        break;
      case "E":
        ignoreEnv = true;
        break;
      case "t": // ignored since Python 3, as in CPython
        break;
      case "u":
        unbuffered = true;
        break;
      case "v":
        verbose++;
        break;
      case "x":
        skipFirst = true;
        break;
      case "h":
      case "?":
        help ??= usageLine(program) + HELP;
        break;
      case "V":
        printVersion++;
        break;
      case "W":
        cmdlineWarn.push(optarg!);
        break;
      case "X": {
        const eq = optarg!.indexOf("=");
        if (eq < 0) x.set(optarg!, true);
        else x.set(optarg!.slice(0, eq), optarg!.slice(eq + 1));
        break;
      }
      case "q":
        quiet++;
        break;
      case "R": // hash randomization is always on (CPython 3.3+)
        break;
    }
  }
  if (help !== null) return { kind: "exit", code: 0, stdout: help };
  if (printVersion > 0) {
    const text = printVersion >= 2 ? sysVersion() : PYTHON_VERSION.join(".");
    return { kind: "exit", code: 0, stdout: `Python ${text}\n` };
  }

  // -I implies -E, -P and -s
  if (isolated) {
    ignoreEnv = true;
    safePath = true;
    userSite = false;
  }
  const c = config;
  c.isolated = isolated ? 1 : 0;
  c.ignoreEnvironment = ignoreEnv ? 1 : 0;
  const env = (name: string): string | undefined => {
    if (ignoreEnv) return undefined;
    const v = envGet(name);
    return v === "" ? undefined : v;
  };
  const flag = (name: string): number => (ignoreEnv ? 0 : envFlag(name));
  // PYTHONDEBUG counts as one -d whatever its value (test_cmd_line's test_sys_flags_set for 3.14)
  c.parserDebug = Math.max(debug, flag("PYTHONDEBUG") > 0 ? 1 : 0);
  c.inspect = Math.max(inspect, flag("PYTHONINSPECT"));
  c.optimize = Math.max(optimize, flag("PYTHONOPTIMIZE"));
  c.verbose = Math.max(verbose, flag("PYTHONVERBOSE"));
  c.dontWriteBytecode = !writeBytecode || flag("PYTHONDONTWRITEBYTECODE") ? 1 : 0;
  c.noUserSite = !userSite || flag("PYTHONNOUSERSITE") ? 1 : 0;
  c.unbuffered = unbuffered || flag("PYTHONUNBUFFERED") > 0;
  c.safePath = safePath || flag("PYTHONSAFEPATH") > 0;
  c.noSite = noSite ? 1 : 0;
  c.quiet = quiet;
  c.bytesWarning = bytesWarning;
  c.skipFirstLine = skipFirst;
  // config_init_hash_seed: unset, empty or "random" is a random key; else strtoul's digits up to 2^32-1
  const seedText = env("PYTHONHASHSEED");
  if (seedText === undefined || seedText === "" || seedText === "random") c.hashSeed = null;
  else {
    const m = /^\s*\+?(\d+)$/.exec(seedText);
    if (m === null || Number(m[1]) > 4294967295) {
      return fatal(
        "config_init_hash_seed",
        'PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]',
      );
    }
    c.hashSeed = Number(m[1]);
  }
  c.hashRandomization = c.hashSeed === 0 ? 0 : 1;
  c.startup = env("PYTHONSTARTUP") ?? null;
  const ioenc = env("PYTHONIOENCODING");
  if (ioenc !== undefined) {
    const colon = ioenc.indexOf(":");
    const enc = colon < 0 ? ioenc : ioenc.slice(0, colon);
    const errors = colon < 0 ? "" : ioenc.slice(colon + 1);
    c.ioEncoding = enc === "" ? null : enc;
    c.ioErrors = errors === "" ? null : errors;
  }

  // -X options with a meaning (the rest are only recorded in sys._xoptions, as CPython does)
  c.devMode = x.has("dev") || env("PYTHONDEVMODE") !== undefined;
  const utf8 = x.get("utf8");
  if (utf8 !== undefined) {
    if (utf8 === true || utf8 === "1") c.utf8Mode = 1;
    else if (utf8 === "0") c.utf8Mode = 0;
    else return fatal("preconfig_init_utf8_mode", "invalid -X utf8 option value");
  } else {
    const e = env("PYTHONUTF8");
    if (e === "1") c.utf8Mode = 1;
    else if (e === "0") c.utf8Mode = 0;
    else if (e !== undefined) {
      return fatal("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value");
    } else c.utf8Mode = localeIsC() ? 1 : 0;
  }
  c.warnDefaultEncoding = x.has("warn_default_encoding") || env("PYTHONWARNDEFAULTENCODING") !== undefined
    ? 1
    : 0;
  const digits = x.get("int_max_str_digits");
  const digitsEnv = env("PYTHONINTMAXSTRDIGITS");
  if (digits !== undefined || digitsEnv !== undefined) {
    const text = digits !== undefined ? (digits === true ? "" : digits) : digitsEnv!;
    const n = /^\d+$/.test(text) ? Number(text) : -1;
    if (n < 0 || (n > 0 && n < 640)) {
      const what = digits !== undefined ? "-X int_max_str_digits" : "PYTHONINTMAXSTRDIGITS";
      return fatal(
        "config_init_int_max_str_digits",
        `${what}: invalid limit; must be >= 640 or 0 for unlimited.`,
      );
    }
    c.intMaxStrDigits = n;
  }
  const prefix = x.get("pycache_prefix");
  if (prefix !== undefined) c.pycachePrefix = prefix === true || prefix === "" ? null : prefix;
  else c.pycachePrefix = env("PYTHONPYCACHEPREFIX") ?? null;
  const cpu = x.get("cpu_count") ?? env("PYTHON_CPU_COUNT");
  if (cpu !== undefined) {
    if (cpu === "default") c.cpuCount = -1;
    else {
      const n = typeof cpu === "string" && /^\d+$/.test(cpu) ? Number(cpu) : 0;
      if (n < 1) {
        return fatal(
          "config_init_cpu_count",
          "-X cpu_count=n option: n is missing or an invalid number, n must be greater than 0",
        );
      }
      c.cpuCount = n;
    }
  }
  const gil = x.get("gil") ?? env("PYTHON_GIL");
  if (gil !== undefined && gil !== "1") {
    return fatal("config_read_gil", "Disabling the GIL is not supported by this build");
  }
  for (
    const [name, field] of [
      ["context_aware_warnings", "contextAwareWarnings"],
      ["thread_inherit_context", "threadInheritContext"],
    ] as const
  ) {
    const v = x.get(name) ?? env(`PYTHON_${name.toUpperCase()}`);
    if (v !== undefined) c[field] = v === "0" ? 0 : 1;
  }
  const frozen = x.get("frozen_modules");
  if (typeof frozen === "string" && !["on", "off", ""].includes(frozen)) {
    return fatal("config_init_import", "-X frozen_modules: invalid value");
  }

  // sys.warnoptions, lowest precedence first (config_init_warnoptions): dev mode, PYTHONWARNINGS, -W, -b
  const w: string[] = [];
  if (c.devMode) w.push("default");
  const envWarn = env("PYTHONWARNINGS");
  if (envWarn !== undefined) { for (const part of envWarn.split(",")) if (part !== "") w.push(part); }
  w.push(...cmdlineWarn);
  if (bytesWarning > 0) w.push(bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
  c.warnoptions = w;

  // what to run: -c and -m ended the options; else a script, `-`, or nothing (the REPL or stdin)
  const args = argv.slice(optind);
  if (command !== null) {
    // CPython 3.14 dedents the -c text and appends a newline
    return { kind: "run", run: { mode: "command", target: dedent(command) + "\n", argv: ["-c", ...args] } };
  }
  if (module !== null) return { kind: "run", run: { mode: "module", target: module, argv: ["-m", ...args] } };
  if (args.length === 0) return { kind: "run", run: { mode: "repl", target: "", argv: [""] } };
  if (SUBCOMMANDS.has(args[0])) return { kind: "subcommand", name: args[0], args: args.slice(1) };
  if (args[0] === "-") return { kind: "run", run: { mode: "stdin", target: "-", argv: args } };
  return { kind: "run", run: { mode: "file", target: args[0], argv: args } };
}
