// BaseExceptionGroup / ExceptionGroup (PEP 654) and the VM's except* support: splitting a group by a
// match type (CHECK_EG_MATCH) and rebuilding what to re-raise after the except* clauses ran
// (CPython's _PyExc_PrepReraiseStar).
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  dictType,
  getAttrOrUndefined,
  None,
  PyType,
  tupleType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { exceptionTypes, newException, PyBaseException } from "./exceptions.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { newList } from "./list.ts";
import { PyTraceback } from "./traceback.ts";
import { isTrue, iterateToArray } from "./operations.ts";
import { egHooks } from "../vm/ops.ts";
import { state } from "../vm/state.ts";

let installed: PyType | null = null;

function isGroup(w: W): w is PyBaseException {
  return w instanceof PyBaseException && w.cls.isSubtypeOf(exceptionTypes.BaseExceptionGroup);
}
function excs(g: PyBaseException): W[] {
  const e = g.getAttr("exceptions");
  return e instanceof PyTuple ? e.items : [];
}
function message(g: PyBaseException): W {
  return g.getAttr("message") ?? newStr("");
}

/** A group of `items`; `seq` is the sequence its args show (CPython passes a tuple or a list). */
function newGroup(msg: W, items: W[], seq: W = newTuple(items)): PyBaseException {
  const cls = items.every((e) => typeOf(e).isSubtypeOf(exceptionTypes.Exception))
    ? exceptionTypes.ExceptionGroup
    : exceptionTypes.BaseExceptionGroup;
  return call(cls, [msg, seq]) as PyBaseException;
}

function copyMetadata(from: PyBaseException, to: W): void {
  if (!(to instanceof PyBaseException)) return;
  to.traceback = from.traceback;
  to.cause = from.cause;
  to.context = from.context;
  to.suppressContext = from.suppressContext;
  // each part gets its own shallow copy of a sequence of notes, and no notes from a non-sequence
  const notes = getAttrOrUndefined(from, "__notes__");
  if (notes !== undefined && isSequence(notes)) to.setAttr("__notes__", newList(iterateToArray(notes)));
}

/** PySequence_Check: __getitem__ and not a dict. */
function isSequence(w: W): boolean {
  const t = typeOf(w);
  return t.lookup("__getitem__") !== undefined && !t.isSubtypeOf(dictType);
}

function derive(g: PyBaseException, items: W[]): W {
  const d = callMethod(g, "derive", [newList(items)]);
  if (!isGroup(d)) raiseTypeError("derive must return an instance of BaseExceptionGroup");
  copyMetadata(g, d);
  return d;
}

type Matcher = (e: W) => boolean;
function matcherOf(cond: W): Matcher {
  if (cond instanceof PyType && cond.isSubtypeOf(exceptionTypes.BaseException)) {
    return (e) => typeOf(e).isSubtypeOf(cond);
  }
  if (
    cond instanceof PyTuple &&
    cond.items.every((c) => c instanceof PyType && c.isSubtypeOf(exceptionTypes.BaseException))
  ) {
    return (e) => cond.items.some((c) => typeOf(e).isSubtypeOf(c as PyType));
  }
  if (typeOf(cond).lookup("__call__") !== undefined) return (e) => isTrue(call(cond, [e]));
  raiseTypeError(
    "expected an exception type, a tuple of exception types, or a callable (other than a class)",
  );
}

/** [match, rest] of `e` split by `m` (None where empty); subgroup() (withRest false) builds no rest. */
function split(e: W, m: Matcher, withRest = true): [W, W] {
  if (m(e)) return [e, None];
  if (!isGroup(e)) return [None, withRest ? e : None];
  const matched: W[] = [], rest: W[] = [];
  for (const sub of excs(e)) {
    const [a, b] = split(sub, m, withRest);
    if (a !== None) matched.push(a);
    if (b !== None) rest.push(b);
  }
  return [matched.length ? derive(e, matched) : None, rest.length ? derive(e, rest) : None];
}

function leaves(e: W, out: Set<W>): void {
  if (isGroup(e)) { for (const s of excs(e)) leaves(s, out); }
  else out.add(e);
}

function sameMetadata(a: W, b: W): boolean {
  if (!(a instanceof PyBaseException) || !(b instanceof PyBaseException)) return false;
  return a.getAttr("__notes__") === b.getAttr("__notes__") && a.traceback === b.traceback &&
    a.cause === b.cause && a.context === b.context;
}

function checkMatchType(t: W): void {
  const check = (c: W) => {
    if (!(c instanceof PyType) || !c.isSubtypeOf(exceptionTypes.BaseException)) {
      raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
    }
    if (c.isSubtypeOf(exceptionTypes.BaseExceptionGroup)) {
      raiseTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  };
  if (t instanceof PyTuple) t.items.forEach(check);
  else check(t);
}

function egMatch(exc: W, t: W): [W, W] {
  checkMatchType(t);
  if (exc === None) return [None, None];
  const m = matcherOf(t);
  let match: W, rest: W;
  if (m(exc)) {
    if (isGroup(exc)) match = exc;
    else {
      // the wrapping group's traceback starts at this frame's except* (gh-128799), not the naked one's
      match = newGroup(newStr(""), [exc]);
      const f = state.frame;
      if (f !== null) (match as PyBaseException).traceback = new PyTraceback(f, f.lasti, None);
    }
    rest = None;
  } else if (isGroup(exc)) {
    // the group's own (maybe overridden) split decides (CPython's exception_group_match)
    const pair = callMethod(exc, "split", [t]);
    const name = typeOf(exc).name;
    if (!(pair instanceof PyTuple) || pair.cls !== tupleType) {
      raiseTypeError(`${name}.split must return a tuple, not ${typeOf(pair).name}`);
    }
    if (pair.items.length < 2) {
      raiseTypeError(`${name}.split must return a 2-tuple, got tuple of size ${pair.items.length}`);
    }
    [match, rest] = pair.items;
  } else [match, rest] = [None, exc];
  if (match !== None) state.exc = match;
  return [rest, match];
}

function prepReraiseStar(orig: W, excsW: W): W {
  const list = iterateToArray(excsW);
  if (list.length === 0) return None;
  if (!isGroup(orig)) return list.find((e) => e !== None) ?? None;
  const raised: W[] = [], reraised: W[] = [];
  for (const e of list) {
    if (e === None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  const keep = new Set<W>();
  for (const e of reraised) leaves(e, keep);
  const reraisedEg = keep.size === 0 ? None : split(orig, (e) => keep.has(e))[0];
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg);
  if (raised.length === 1) return raised[0];
  return newGroup(newStr(""), raised, newList(raised));
}

function grp(w: W): PyBaseException {
  if (!isGroup(w)) raiseTypeError("descriptor requires a BaseExceptionGroup");
  return w;
}

export function installExceptionGroups(): PyType {
  if (installed !== null) return installed;
  const base = exceptionTypes.BaseExceptionGroup;
  const eg = new PyType("ExceptionGroup", [base, exceptionTypes.Exception], { factory: base.factory });
  exceptionTypes.ExceptionGroup = eg;
  defineMethods(base, [
    {
      name: "__new__",
      arity: [0, -1],
      kind: "static",
      kw: ["**"],
      impl: (a) => {
        let cls = a[0] as PyType;
        if (a.length !== 3) {
          raiseTypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length - 1} given)`);
        }
        const msg = a[1], seq = a[2];
        if (!(msg instanceof PyStr)) raiseTypeError(`argument 1 must be str, not ${typeOf(msg).name}`);
        if (typeOf(seq).lookup("__getitem__") === undefined || typeOf(seq).lookup("__len__") === undefined) {
          raiseTypeError("second argument (exceptions) must be a sequence");
        }
        const items = iterateToArray(seq);
        if (items.length === 0) raiseValueError("second argument (exceptions) must be a non-empty sequence");
        items.forEach((e, i) => {
          if (!(e instanceof PyBaseException)) {
            raiseValueError(`Item ${i} of second argument (exceptions) is not an exception`);
          }
        });
        const allExc = items.every((e) => typeOf(e).isSubtypeOf(exceptionTypes.Exception));
        if (cls === base) {
          if (allExc) cls = eg;
        } else if (cls === eg) {
          if (!allExc) raiseTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (!allExc && cls.isSubtypeOf(exceptionTypes.Exception)) {
          raiseTypeError(`Cannot nest BaseExceptions in '${cls.name}'`);
        }
        // args keep the sequence as passed (BaseException's repr shows it; CPython 3.14.2)
        const e = newException(cls, [msg, seq]);
        e.setAttr("message", msg);
        e.setAttr("exceptions", newTuple(items));
        return e;
      },
    },
    { name: "__init__", arity: [0, -1], kw: ["**"], impl: () => None },
    {
      name: "__str__",
      arity: [0, 0],
      impl: (a) => {
        const g = grp(a[0]);
        const n = excs(g).length;
        return newStr(`${(message(g) as PyStr).value} (${n} sub-exception${n > 1 ? "s" : ""})`);
      },
    },
    {
      name: "derive",
      arity: [1, 1],
      impl: (a) => newGroup(message(grp(a[0])), iterateToArray(a[1]), a[1]),
    },
    {
      name: "split",
      arity: [1, 1],
      impl: (a) => {
        const [m, r] = split(grp(a[0]), matcherOf(a[1]));
        return newTuple([m, r]);
      },
    },
    { name: "subgroup", arity: [1, 1], impl: (a) => split(grp(a[0]), matcherOf(a[1]), false)[0] },
  ]);
  defineGetSets(base, [
    { name: "message", get: (g) => message(grp(g)) },
    { name: "exceptions", get: (g) => grp(g).getAttr("exceptions") ?? newTuple([]) },
  ]);
  egHooks.checkEgMatch = egMatch;
  egHooks.prepReraiseStar = prepReraiseStar;
  installed = eg;
  return eg;
}
