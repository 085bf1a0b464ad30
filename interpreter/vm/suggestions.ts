// "Did you mean" for NameError, AttributeError and ImportError, as CPython's traceback module computes it
// (_compute_suggestion_error with Python/suggestions.c's Levenshtein distance: a case change costs 1,
// anything else 2, at most a third of the characters may change). In TS so that printing an uncaught
// error does not import `traceback` (and its dependencies) first.
import { callBound, getAttrOrUndefined, typeOf, type W } from "../objects/model.ts";
import { exceptionTypes, type PyBaseException } from "../objects/exceptions.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { PyStr } from "../objects/str.ts";
import { PyDict } from "../objects/dict.ts";
import { iterateToArray } from "../objects/operations.ts";
import { frameLocals } from "../objects/frameobject.ts";
import { importModule } from "../importing/importer.ts";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

/** Python/suggestions.c levenshtein_distance, giving up above `maxCost`. */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bchar = b[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bchar, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate nearest to `wrong` (Python/suggestions.c _Py_CalculateSuggestions), or null. */
export function closest(candidates: string[], wrong: string): string | null {
  // the C version (traceback.py uses it through _suggestions): no bound from the name's length, so a
  // two-letter name can still be two substitutions away ('of' -> 'if')
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best = Infinity;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor((name.length + wrong.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

function names(w: W): string[] {
  return iterateToArray(w).filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
}

function dirOf(obj: W): string[] {
  const fn = typeOf(obj).lookup("__dir__");
  return fn === undefined ? [] : names(callBound(fn, obj, [])).sort();
}

function lastTraceback(tb: W): PyTraceback | null {
  if (!(tb instanceof PyTraceback)) return null;
  let t: PyTraceback = tb;
  while (t.next instanceof PyTraceback) t = t.next;
  return t;
}

/** The suggested name for `exc` (whose wrong name is `wrong`), or null. */
function computeSuggestion(exc: PyBaseException, wrong: string): string | null {
  const t = exc.cls;
  let candidates: string[];
  if (t.isSubtypeOf(exceptionTypes.AttributeError)) {
    const obj = exc.getAttr("obj");
    if (obj === undefined) return null;
    candidates = dirOf(obj);
    let hideUnderscored = !wrong.startsWith("_");
    const last = lastTraceback(exc.traceback);
    if (hideUnderscored && last !== null) {
      const locals = frameLocals(last.frame);
      if (locals instanceof PyDict && locals.getStr("self") === obj) hideUnderscored = false;
    }
    if (hideUnderscored) candidates = candidates.filter((n) => !n.startsWith("_"));
  } else if (t.isSubtypeOf(exceptionTypes.ImportError)) {
    const modName = exc.getAttr("name");
    if (!(modName instanceof PyStr)) return null;
    candidates = dirOf(importModule(modName.value));
    if (!wrong.startsWith("_")) candidates = candidates.filter((n) => !n.startsWith("_"));
  } else {
    const last = lastTraceback(exc.traceback);
    if (last === null) return null;
    const frame = last.frame;
    const locals = frameLocals(frame);
    candidates = [...names(locals), ...names(frame.globals), ...names(frame.builtins)];
    // in a method, an attribute of self with that name
    const self = locals instanceof PyDict ? locals.getStr("self") : undefined;
    if (self !== undefined) {
      let has = false;
      try {
        has = getAttrOrUndefined(self, wrong) !== undefined;
      } catch {
        // hasattr's failure counts as absent
      }
      if (has) return `self.${wrong}`;
    }
  }
  return closest(candidates, wrong);
}

/**
 * The text traceback appends to the error's message: ". Did you mean: 'x'?" and, for a NameError naming a
 * standard-library module, the "forget to import" hint; "" when there is none or computing one fails.
 */
export function suggestionSuffix(exc: PyBaseException): string {
  const t = exc.cls;
  const isImport = t.isSubtypeOf(exceptionTypes.ImportError);
  const isName = t.isSubtypeOf(exceptionTypes.NameError);
  if (!isImport && !isName && !t.isSubtypeOf(exceptionTypes.AttributeError)) return "";
  const wrong = exc.getAttr(isImport ? "name_from" : "name");
  if (!(wrong instanceof PyStr)) return "";
  let out = "";
  try {
    const s = computeSuggestion(exc, wrong.value);
    if (s !== null) out = `. Did you mean: '${s}'?`;
  } catch {
    // no suggestion when computing one fails (as traceback.py)
  }
  if (isName) {
    const stdlib = getAttrOrUndefined(importModule("sys"), "stdlib_module_names");
    if (stdlib !== undefined && names(stdlib).includes(wrong.value)) {
      out += out === ""
        ? `. Did you forget to import '${wrong.value}'?`
        : ` Or did you forget to import '${wrong.value}'?`;
    }
  }
  return out;
}
