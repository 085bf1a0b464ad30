// One place for the version numbers pypyts reports (sys.version, bytecode cache keys, --version).
export const VERSION = "0.1.0";
/** The Python language version pypyts implements. */
export const PYTHON_VERSION = [3, 14, 0] as const;
/** sys.implementation.cache_tag: the tag of the bytecode file names importlib computes. */
export const CACHE_TAG = "pypyts-314";
/** sys.version (and what `python -VV` prints after "Python "), in the shape platform._sys_version
 * parses: "X.Y.Z (buildno[, date[, time]]) [compiler]" — no '.' inside the parentheses. */
export function sysVersion(): string {
  return `${PYTHON_VERSION.join(".")} (main) [pypyts ${VERSION} on Deno ${Deno.version.deno}]`;
}
