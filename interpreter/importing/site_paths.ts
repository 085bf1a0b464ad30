// What CPython's site module does to sys.path at start-up, done natively: pypyts does not import site (and
// os, which it needs) on every start (modules/site_builtins.ts makes exit, help and the rest). Unless -S:
// the user site-packages folder (unless -s, PYTHONNOUSERSITE or a setuid process), then
// {prefix}/lib/python3.14/site-packages, each with its .pth files (path lines, `import` lines run), then
// `import sitecustomize` and `import usercustomize`, whose absence is no error. Missing folders cost a stat.
// Not done: venv detection (pyvenv.cfg); site.main() itself still works when a program imports site.
import { getAttrOrUndefined, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { PyError } from "../vm/errors.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { str } from "../objects/operations.ts";
import { config, pythonEnv } from "../config.ts";
import { importModule } from "./importer.ts";
import { isDir } from "./sources.ts";
import { normPath } from "../modules/posix/args.ts";
import { libc } from "../modules/posix/libc.ts";

/** The hooks site needs from the runtime: running a .pth `import` line, and printing to sys.stderr. */
export interface SiteHost {
  sysPath(): PyList | null;
  prefix(): string;
  /** exec(line) in a fresh namespace; throws the PyError it raised. */
  execLine(line: string): void;
  /** The exception's traceback as CPython's traceback.format_exception lines. */
  formatException(exc: W): string;
  stderr(text: string): void;
}

const VERSION_DIR = "python3.14";

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** os.path.abspath: joined to the working folder, then posixpath.normpath. */
function absPath(path: string): string {
  return normPath(path.startsWith("/") ? path : `${Deno.cwd()}/${path}`);
}

/** site.USER_BASE: $PYTHONUSERBASE, else ~/.local. */
function userBase(): string | null {
  const env = pythonEnv("PYTHONUSERBASE");
  if (env !== undefined) return env;
  const home = Deno.env.get("HOME");
  return home ? `${home}/.local` : null;
}

/** site.check_enableusersite: off under -s/-I/PYTHONNOUSERSITE and in a setuid/setgid process. */
function userSiteEnabled(): boolean {
  if (config.noUserSite) return false;
  const c = libc();
  return c.getuid() === c.geteuid() && c.getgid() === c.getegid();
}

class SiteDirs {
  readonly known = new Set<string>();
  constructor(private readonly host: SiteHost, private readonly path: PyList) {
    for (const w of path.items) {
      if (w instanceof PyStr && w.value !== "") this.known.add(absPath(w.value));
    }
  }

  private append(dir: string): void {
    if (this.known.has(dir)) return;
    this.path.items.push(newStr(dir));
    this.known.add(dir);
  }

  /** site.addsitedir: the folder, then its .pth files in name order (hidden ones skipped). */
  addSiteDir(sitedir: string): void {
    const dir = absPath(sitedir);
    this.append(dir);
    let names: string[];
    try {
      names = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) =>
        n.endsWith(".pth") && !n.startsWith(".")
      );
    } catch {
      return;
    }
    for (const name of names.sort()) this.addPackage(dir, name);
  }

  /** site.addpackage: one .pth file. */
  private addPackage(dir: string, name: string): void {
    const fullname = `${dir}/${name}`;
    let bytes: Uint8Array;
    try {
      bytes = Deno.readFileSync(fullname);
    } catch {
      return;
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); // utf-8-sig: TextDecoder drops the BOM
    } catch {
      text = new TextDecoder("latin1").decode(bytes); // the locale's encoding, as site falls back to
    }
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.startsWith("#") || line.trim() === "") continue;
      try {
        if (line.startsWith("import ") || line.startsWith("import\t")) {
          this.host.execLine(line);
          continue;
        }
        const entry = absPath(line.startsWith("/") ? line.trimEnd() : `${dir}/${line.trimEnd()}`);
        if (!this.known.has(entry) && exists(entry)) this.append(entry);
      } catch (e) {
        if (!(e instanceof PyError) || !e.value.cls.isSubtypeOf(exceptionTypes.Exception)) throw e;
        const tb = this.host.formatException(e.value).split("\n").filter((l) => l !== "");
        this.host.stderr(
          `Error processing line ${i + 1} of ${fullname}:\n\n${tb.map((l) => `  ${l}\n`).join("")}` +
            `\nRemainder of file ignored\n`,
        );
        break;
      }
    }
  }
}

/** site.execsitecustomize / execusercustomize: import the module if it exists; report its failures. */
function importCustomize(host: SiteHost, name: string): void {
  try {
    importModule(name);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const exc = e.value;
    if (exc.cls.isSubtypeOf(exceptionTypes.ImportError)) {
      const missing = getAttrOrUndefined(exc, "name");
      if (missing instanceof PyStr && missing.value === name) return;
    }
    if (!exc.cls.isSubtypeOf(exceptionTypes.Exception)) throw e;
    if (config.verbose > 0) host.stderr(host.formatException(exc));
    else {
      host.stderr(
        `Error in ${name}; set PYTHONVERBOSE for traceback:\n${exc.cls.name}: ${str(exc)}\n`,
      );
    }
  }
}

/** site.main()'s effect on sys.path and its customize imports (nothing under -S). */
export function runSiteStartup(host: SiteHost): void {
  if (config.noSite) return;
  const path = host.sysPath();
  if (path === null) return;
  const dirs = new SiteDirs(host, path);
  const userSite = userSiteEnabled();
  const base = userSite ? userBase() : null;
  if (base !== null) {
    const user = `${base}/lib/${VERSION_DIR}/site-packages`;
    if (isDir(user)) dirs.addSiteDir(user);
  }
  const system = `${host.prefix()}/lib/${VERSION_DIR}/site-packages`;
  if (isDir(system)) dirs.addSiteDir(system);
  importCustomize(host, "sitecustomize");
  if (userSite) importCustomize(host, "usercustomize");
}
