// The builtins CPython's site module adds at startup — exit, quit, help, copyright, credits, license —
// as small native objects (`_sitebuiltins.Quitter`, `_Helper`, `_Printer`), so pypyts does not import
// site and _sitebuiltins on every start. help() hands over to pydoc when called.
import {
  call,
  callMethod,
  defineMethods,
  getAttr,
  getAttrOrUndefined,
  None,
  PyObject,
  PyPlainObject,
  type PyType,
  type W,
} from "../objects/model.ts";
import { newError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { importModule } from "../importing/importer.ts";
import { nativeType } from "./define.ts";

const quitterType: PyType = nativeType("_sitebuiltins", "Quitter", undefined, { flags: 0 });
const helperType: PyType = nativeType("_sitebuiltins", "_Helper", undefined, { flags: 0 });
const printerType: PyType = nativeType("_sitebuiltins", "_Printer", undefined, { flags: 0 });

class PyQuitter extends PyObject {
  constructor(readonly name: string) {
    super();
    this.cls = quitterType;
  }
}
class PyPrinter extends PyObject {
  constructor(readonly name: string, readonly text: () => string) {
    super();
    this.cls = printerType;
  }
}

const EOF_HINT = "Ctrl-D (i.e. EOF)";
const MAXLINES = 23;

defineMethods(quitterType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(`Use ${(a[0] as PyQuitter).name}() or ${EOF_HINT} to exit`),
  },
  {
    name: "__call__",
    arity: [0, 1],
    impl: (a) => {
      // shells that catch SystemExit notice that stdin was closed
      try {
        const stdin = getAttrOrUndefined(importModule("sys"), "stdin");
        if (stdin !== undefined && stdin !== None) callMethod(stdin, "close", []);
      } catch { /* as CPython: ignore */ }
      throw newError(exceptionTypes.SystemExit, a.length > 1 ? [a[1]] : []);
    },
  },
]);

defineMethods(helperType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: () => newStr("Type help() for interactive help, or help(object) for help about object."),
  },
  {
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => call(getAttr(importModule("pydoc"), "help"), a.slice(1), kw),
  },
]);

function printerLines(p: PyPrinter): string[] {
  return p.text().split("\n");
}
defineMethods(printerType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const p = a[0] as PyPrinter;
      const lines = printerLines(p);
      return newStr(
        lines.length <= MAXLINES ? lines.join("\n") : `Type ${p.name}() to see the full ${p.name} text`,
      );
    },
  },
  {
    name: "__call__",
    arity: [0, 0],
    impl: (a) => {
      const print = getAttr(importModule("builtins"), "print");
      for (const line of printerLines(a[0] as PyPrinter)) call(print, [newStr(line)]);
      return None;
    },
  },
]);

/** The site-module names for the builtins dict. */
export function siteBuiltins(): Record<string, W> {
  const copyright = () => {
    const c = getAttrOrUndefined(importModule("sys"), "copyright");
    return c instanceof PyStr ? c.value : "";
  };
  return {
    exit: new PyQuitter("exit"),
    quit: new PyQuitter("quit"),
    help: new PyPlainObject(helperType),
    copyright: new PyPrinter("copyright", copyright),
    credits: new PyPrinter(
      "credits",
      () =>
        "Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\n" +
        "Foundation, and a cast of thousands for supporting Python\n" +
        "development.  See www.python.org for more information.",
    ),
    license: new PyPrinter("license", () => "See https://www.python.org/psf/license/"),
  };
}
