// _io.IncrementalNewlineDecoder: wraps an optional decoder and does universal-newline bookkeeping
// (the `newlines` record) and, with translate=True, turns "\r\n" and "\r" into "\n". A "\r" at the end
// of a non-final chunk is held back until the next chunk says whether "\n" follows (textio.c).
// `NewlineDecoderState` is the TS core, used directly by StringIO and TextIOWrapper.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  None,
  PyInstance,
  type PyType,
  True,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { newBytes } from "../../objects/bytes.ts";
import { isTrue } from "../../objects/operations.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { bindArgs, intArg } from "./common.ts";

const SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4;

export class NewlineDecoderState {
  declare translate: boolean;
  declare pendingCR: boolean;
  declare seen: number;
  constructor(translate: boolean) {
    this.translate = translate;
    this.pendingCR = false;
    this.seen = 0;
  }

  /** One chunk of already-decoded text through the newline logic. */
  process(input: string, final: boolean): string {
    let out = input;
    if (this.pendingCR && (final || out.length > 0)) {
      out = "\r" + out;
      this.pendingCR = false;
    }
    if (!final && out.length > 0 && out.charCodeAt(out.length - 1) === 13) {
      out = out.slice(0, -1);
      this.pendingCR = true;
    }
    if (out.indexOf("\r") < 0) {
      if (this.seen !== 7 && out.indexOf("\n") >= 0) this.seen |= SEEN_LF;
      return out;
    }
    let crlf = 0, cr = 0, lf = 0;
    for (let i = 0; i < out.length; i++) {
      const c = out.charCodeAt(i);
      if (c === 13) {
        if (i + 1 < out.length && out.charCodeAt(i + 1) === 10) {
          crlf++;
          i++;
        } else cr++;
      } else if (c === 10) lf++;
    }
    if (lf) this.seen |= SEEN_LF;
    if (cr) this.seen |= SEEN_CR;
    if (crlf) this.seen |= SEEN_CRLF;
    if (this.translate) out = out.replace(/\r\n?/g, "\n");
    return out;
  }

  newlines(): W {
    switch (this.seen) {
      case 0:
        return None;
      case SEEN_LF:
        return newStr("\n");
      case SEEN_CR:
        return newStr("\r");
      case SEEN_CR | SEEN_LF:
        return newTuple([newStr("\r"), newStr("\n")]);
      case SEEN_CRLF:
        return newStr("\r\n");
      case SEEN_LF | SEEN_CRLF:
        return newTuple([newStr("\n"), newStr("\r\n")]);
      case SEEN_CR | SEEN_CRLF:
        return newTuple([newStr("\r"), newStr("\r\n")]);
      default:
        return newTuple([newStr("\r"), newStr("\n"), newStr("\r\n")]);
    }
  }
}

export class PyNewlineDecoder extends PyInstance {
  declare state: NewlineDecoderState | null;
  declare decoder: W;
  declare errors: W;
  constructor(cls: PyType) {
    super(cls);
    this.state = null;
    this.decoder = None;
    this.errors = None;
  }
}

export const newlineDecoderType: PyType = nativeType("_io", "IncrementalNewlineDecoder", undefined, {
  factory: (cls) => new PyNewlineDecoder(cls),
});

function self(w: W): PyNewlineDecoder & { state: NewlineDecoderState } {
  if (!(w instanceof PyNewlineDecoder)) raiseTypeError("descriptor requires an 'IncrementalNewlineDecoder'");
  if (w.state === null) raiseValueError("IncrementalNewlineDecoder.__init__() not called");
  return w as PyNewlineDecoder & { state: NewlineDecoderState };
}

/** decode() of the newline decoder object (the wrapped decoder is called from Python when present). */
export function newlineDecode(
  d: PyNewlineDecoder & { state: NewlineDecoderState },
  input: W,
  final: boolean,
): W {
  let text: W = input;
  if (d.decoder !== None) {
    text = call(getAttr(d.decoder, "decode"), [input], { names: ["final"], values: [final ? True : False] });
  }
  if (!(text instanceof PyStr)) {
    raiseTypeError(`decoder should return a string result, not '${typeOf(text).name}'`);
  }
  return newStr(d.state.process(text.value, final));
}

defineMethods(newlineDecoderType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [decoder, translate, errors] = bindArgs(
        "IncrementalNewlineDecoder",
        ["decoder", "translate", "errors"],
        a,
        k,
        2,
      );
      const d = a[0] as PyNewlineDecoder;
      d.decoder = decoder!;
      d.errors = errors ?? newStr("strict");
      d.state = new NewlineDecoderState(isTrue(translate!));
      return None;
    },
  },
  {
    name: "decode",
    arity: [1, 2],
    kw: ["input", "final"],
    impl: (a) => newlineDecode(self(a[0]), a[1], a[2] !== undefined && isTrue(a[2])),
  },
  {
    name: "getstate",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a[0]);
      let buf: W = newBytes(new Uint8Array(0));
      let flag = 0;
      if (d.decoder !== None) {
        const st = call(getAttr(d.decoder, "getstate"), []);
        if (!(st instanceof PyTuple) || st.items.length !== 2) raiseTypeError("illegal decoder state");
        buf = st.items[0];
        flag = intArg(st.items[1]);
      }
      flag = flag * 2 + (d.state.pendingCR ? 1 : 0);
      return newTuple([buf, flag]);
    },
  },
  {
    name: "setstate",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a[0]);
      const st = a[1];
      if (!(st instanceof PyTuple) || st.items.length !== 2) raiseTypeError("state argument must be a tuple");
      const flag = intArg(st.items[1]);
      d.state.pendingCR = (flag & 1) !== 0;
      if (d.decoder !== None) {
        call(getAttr(d.decoder, "setstate"), [newTuple([st.items[0], Math.floor(flag / 2)])]);
      }
      return None;
    },
  },
  {
    name: "reset",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a[0]);
      d.state.seen = 0;
      d.state.pendingCR = false;
      if (d.decoder !== None) call(getAttr(d.decoder, "reset"), []);
      return None;
    },
  },
]);
defineGetSets(newlineDecoderType, [{ name: "newlines", get: (w) => self(w).state.newlines() }]);
