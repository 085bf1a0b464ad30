// pyexpat: the expat-style XML parser behind xml.etree.ElementTree, xml.dom.minidom, xml.sax and
// plistlib, on the npm parser `saxes` (well-formedness, namespaces, positions). The Python-visible
// surface follows CPython's pyexpat: ParserCreate, the handler attributes, buffer_text,
// ordered_attributes, namespace separators and prefixes, ExpatError with expat's codes, messages and
// positions (saxes' errors are mapped to the expat error expat would report at the same place).
// Internal DTD entities (<!ENTITY name "value">) are expanded and <!ATTLIST> declarations of the internal
// subset supply default attributes and normalize non-CDATA values (AttlistDeclHandler sees them);
// external entities and other DTD declarations are not reported. Without specific handlers, the prolog,
// the doctype (token by token, as expat splits it), tags and text go to the default handler. Character data that a Parse() call leaves unfinished (no markup after
// it yet) is delivered with the next chunk, where expat would hand over the part it has already seen.
import type { SaxesParser, SaxesTagNS, SaxesTagPlain } from "saxes";
import { requireNpm } from "../node_builtins.ts";

/** Never called: a static specifier in a dynamic import keeps saxes in `deno compile`'s module graph. */
export const bundleSaxes = (): Promise<unknown> => import("saxes");

/** The saxes package, loaded when the first parser is created. */
function Saxes(): typeof SaxesParser {
  return requireNpm<{ SaxesParser: typeof SaxesParser }>("saxes").SaxesParser;
}
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  False,
  None,
  PyInstance,
  type PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { newDict } from "../objects/dict.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { isTrue } from "../objects/operations.ts";
import { newModule, type PyModule } from "../objects/module.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";

/** expat's error codes, in order from 1 (expat.h's XML_Error). */
const ERRORS: [string, string][] = [
  ["XML_ERROR_NO_MEMORY", "out of memory"],
  ["XML_ERROR_SYNTAX", "syntax error"],
  ["XML_ERROR_NO_ELEMENTS", "no element found"],
  ["XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"],
  ["XML_ERROR_UNCLOSED_TOKEN", "unclosed token"],
  ["XML_ERROR_PARTIAL_CHAR", "partial character"],
  ["XML_ERROR_TAG_MISMATCH", "mismatched tag"],
  ["XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"],
  ["XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"],
  ["XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"],
  ["XML_ERROR_UNDEFINED_ENTITY", "undefined entity"],
  ["XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"],
  ["XML_ERROR_ASYNC_ENTITY", "asynchronous entity"],
  ["XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"],
  ["XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"],
  ["XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"],
  ["XML_ERROR_MISPLACED_XML_PI", "XML or text declaration not at start of entity"],
  ["XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"],
  ["XML_ERROR_INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"],
  ["XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"],
  ["XML_ERROR_EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"],
  ["XML_ERROR_NOT_STANDALONE", "document is not standalone"],
  ["XML_ERROR_UNEXPECTED_STATE", "unexpected parser state - please send a bug report"],
  ["XML_ERROR_ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"],
  ["XML_ERROR_FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"],
  ["XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"],
  ["XML_ERROR_UNBOUND_PREFIX", "unbound prefix"],
  ["XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"],
  ["XML_ERROR_INCOMPLETE_PE", "incomplete markup in parameter entity"],
  ["XML_ERROR_XML_DECL", "XML declaration not well-formed"],
  ["XML_ERROR_TEXT_DECL", "text declaration not well-formed"],
  ["XML_ERROR_PUBLICID", "illegal character(s) in public id"],
  ["XML_ERROR_SUSPENDED", "parser suspended"],
  ["XML_ERROR_NOT_SUSPENDED", "parser not suspended"],
  ["XML_ERROR_ABORTED", "parsing aborted"],
  ["XML_ERROR_FINISHED", "parsing finished"],
  ["XML_ERROR_SUSPEND_PE", "cannot suspend in external parameter entity"],
  [
    "XML_ERROR_RESERVED_PREFIX_XML",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
  ],
  ["XML_ERROR_RESERVED_PREFIX_XMLNS", "reserved prefix (xmlns) must not be declared or undeclared"],
  ["XML_ERROR_RESERVED_NAMESPACE_URI", "prefix must not be bound to one of the reserved namespace names"],
  ["XML_ERROR_INVALID_ARGUMENT", "invalid argument"],
  ["XML_ERROR_NO_BUFFER", "a successful prior call to function XML_GetBuffer is required"],
  [
    "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
    "limit on input amplification factor (from DTD and entities) breached",
  ],
  ["XML_ERROR_NOT_STARTED", "parser not started"],
];
const code = (name: string): number => ERRORS.findIndex(([n]) => n === name) + 1;

export const expatError = nativeException("xml.parsers.expat", "ExpatError", exceptionTypes.Exception);

const HANDLERS = [
  "StartElementHandler",
  "EndElementHandler",
  "ProcessingInstructionHandler",
  "CharacterDataHandler",
  "UnparsedEntityDeclHandler",
  "NotationDeclHandler",
  "StartNamespaceDeclHandler",
  "EndNamespaceDeclHandler",
  "CommentHandler",
  "StartCdataSectionHandler",
  "EndCdataSectionHandler",
  "DefaultHandler",
  "DefaultHandlerExpand",
  "NotStandaloneHandler",
  "ExternalEntityRefHandler",
  "StartDoctypeDeclHandler",
  "EndDoctypeDeclHandler",
  "EntityDeclHandler",
  "XmlDeclHandler",
  "ElementDeclHandler",
  "AttlistDeclHandler",
  "SkippedEntityHandler",
] as const;
type HandlerName = typeof HANDLERS[number];

export const xmlparserType: PyType = nativeType("pyexpat", "xmlparser", undefined, { flags: 0 });

class PyXmlParser extends PyInstance {
  sax: SaxesParser<{ xmlns: true; position: true }> | SaxesParser<{ position: true }>;
  nsSep: string | null;
  handlers = new Map<HandlerName, W>();
  bufferText = false;
  bufferSize = 8192;
  textBuffer = "";
  orderedAttributes = false;
  specifiedAttributes = false;
  namespacePrefixes = false;
  encoding: string | null;
  /** Everything fed so far (decoded), for error positions. */
  text = "";
  depth = 0;
  rootClosedAt = -1;
  error: PyError | null = null;
  finished = false;
  pendingBytes: Uint8Array = new Uint8Array(0);
  declaredEncoding: string | null = null;
  /** A streaming decoder once the input is known to be UTF-16 (units may straddle Parse calls). */
  utf16: TextDecoder | null = null;
  errorLine = 1;
  errorColumn = 0;
  errorByte = -1;
  errorCode = 0;
  /** expat's dtd->hasParamEntityRefs (an external subset or a %ref; in the internal one) and the
   * declaration's standalone="yes": together they decide whether an undefined entity is an error. */
  paramEntityRefs = false;
  standalone = false;
  /** Entities declared with a SYSTEM/PUBLIC id: never expanded, handed to the default handler. */
  externalEntities = new Set<string>();
  /** Offset of the event being reported (the '&' of a skipped entity), for Error/Current positions. */
  eventOffset = -1;
  /** <!ATTLIST> declarations of the internal subset, by element name: the attributes' types and defaults
   * (expat adds defaulted attributes to start tags and normalizes the values of non-CDATA ones). */
  attlists = new Map<string, AttDef[]>();

  constructor(encoding: string | null, nsSep: string | null) {
    super(xmlparserType);
    this.encoding = encoding;
    this.nsSep = nsSep;
    this.sax = this.makeSax();
  }

  private makeSax() {
    const Parser = Saxes();
    const sax = this.nsSep !== null
      ? new Parser({ xmlns: true, position: true })
      : new Parser({ position: true });
    const p = sax as SaxesParser<{ xmlns: true; position: true }>;
    p.on("xmldecl", (d) => {
      this.flush();
      this.standalone = d.standalone === "yes";
      const h = this.handlers.get("XmlDeclHandler");
      if (h !== undefined) {
        const standalone = d.standalone === undefined ? -1 : d.standalone === "yes" ? 1 : 0;
        call(h, [strOrNone(d.version), strOrNone(d.encoding), standalone]);
      } else {
        // without an XmlDeclHandler expat hands the declaration's text to the default handler
        const dflt = this.defaultHandler();
        const start = this.text.indexOf("<?xml");
        if (dflt !== undefined && start >= 0) call(dflt, [newStr(this.text.slice(start, this.sax.position))]);
      }
    });
    p.on("doctype", (d) => this.doctype(d));
    p.on("processinginstruction", (pi) => {
      this.flush();
      const h = this.handlers.get("ProcessingInstructionHandler");
      if (h !== undefined) call(h, [newStr(pi.target), newStr(pi.body)]);
    });
    p.on("comment", (c) => {
      this.flush();
      const h = this.handlers.get("CommentHandler");
      if (h !== undefined) call(h, [newStr(c)]);
    });
    p.on("text", (t) => {
      if (this.depth > 0) this.characters(t);
      else {
        // white space around the root element: expat's default handler sees it
        const dflt = this.defaultHandler();
        if (dflt !== undefined && t !== "") call(dflt, [newStr(t)]);
      }
    });
    p.on("cdata", (t) => {
      this.flush();
      const start = this.handlers.get("StartCdataSectionHandler");
      if (start !== undefined) call(start, []);
      this.characters(t);
      this.flush();
      const end = this.handlers.get("EndCdataSectionHandler");
      if (end !== undefined) call(end, []);
    });
    // expat reports a reference to an undeclared entity (when the DTD may declare it elsewhere) or to an
    // external entity to the skipped-entity or default handler instead of failing: saxes would fail, so
    // such references become a marker in the text, split out again in characters()
    const internals = sax as unknown as { parseEntity(entity: string): string };
    const parseEntity = internals.parseEntity;
    internals.parseEntity = (entity: string): string => {
      if (
        entity[0] !== "#" && this.sax.ENTITIES[entity] === undefined &&
        /^[\p{L}_:][\p{L}\p{N}_:.\-\u00b7]*$/u.test(entity)
      ) {
        if (this.externalEntities.has(entity) || (this.paramEntityRefs && !this.standalone)) {
          const at = this.sax.position - entity.length - 2;
          return `${SKIPPED_OPEN}${at}:${entity}${SKIPPED_CLOSE}`;
        }
      }
      return parseEntity.call(sax, entity);
    };
    p.on("opentag", (tag) => this.startElement(tag as SaxesTagNS | SaxesTagPlain));
    p.on("closetag", (tag) => this.endElement(tag as SaxesTagNS | SaxesTagPlain));
    p.on("error", (e) => {
      throw this.expatErrorFrom(e.message);
    });
    return sax;
  }

  private doctype(d: string): void {
    this.flush();
    // <!DOCTYPE name [SYSTEM "sys" | PUBLIC "pub" "sys"] [internal subset]>
    const m =
      /^\s*([^\s[>]+)(?:\s+(SYSTEM|PUBLIC)\s+("[^"]*"|'[^']*')(?:\s+("[^"]*"|'[^']*'))?)?\s*(\[[\s\S]*\])?\s*$/
        .exec(d);
    const name = m?.[1] ?? d.trim();
    const unq = (s: string | undefined) => (s === undefined ? null : s.slice(1, -1));
    let sys: string | null = null, pub: string | null = null;
    if (m?.[2] === "SYSTEM") sys = unq(m[3]);
    else if (m?.[2] === "PUBLIC") {
      pub = unq(m[3]);
      sys = unq(m[4]);
    }
    const subset = m?.[5];
    if (sys !== null || (subset !== undefined && /%[^\s;%]+;/.test(subset.replace(/<!ENTITY[^>]*>/g, "")))) {
      this.paramEntityRefs = true;
    }
    if (subset !== undefined) {
      for (const e of subset.matchAll(/<!ENTITY\s+([^\s%]+)\s+(SYSTEM|PUBLIC)\s/g)) {
        this.externalEntities.add(e[1]);
      }
    }
    const start = this.handlers.get("StartDoctypeDeclHandler");
    if (start !== undefined) call(start, [newStr(name), strOrNone(sys), strOrNone(pub), subset ? 1 : 0]);
    if (subset) {
      for (const e of subset.matchAll(/<!ENTITY\s+([^\s%]+)\s+("([^"]*)"|'([^']*)')\s*>/g)) {
        const value = this.expandEntityValue(e[3] ?? e[4] ?? "");
        if (!(e[1] in this.sax.ENTITIES)) this.sax.ENTITIES[e[1]] = value;
        const h = this.handlers.get("EntityDeclHandler");
        if (h !== undefined) call(h, [newStr(e[1]), 0, newStr(value), None, None, None, None]);
      }
    }
    if (subset) this.attlistDecls(subset);
    const end = this.handlers.get("EndDoctypeDeclHandler");
    if (end !== undefined) call(end, []);
    const dflt = this.defaultHandler();
    if (dflt !== undefined && start === undefined) {
      // expat reports the declaration token by token ("<!DOCTYPE", " ", "html", " ", "PUBLIC", ...):
      // ElementTree's XMLParser reads the doctype from them
      call(dflt, [newStr("<!DOCTYPE")]);
      for (const tok of dtdTokens(d)) call(dflt, [newStr(tok)]);
      call(dflt, [newStr(">")]);
    }
  }

  /** The markup just parsed (from the last `open` before the parser's position) to the default handler. */
  private markupToDefault(open: string): void {
    const dflt = this.defaultHandler();
    if (dflt === undefined) return;
    const end = Math.min(this.sax.position, this.text.length);
    const start = this.text.lastIndexOf(open, end - 1);
    if (start >= 0) call(dflt, [newStr(this.text.slice(start, end))]);
  }

  private defaultHandler(): W | undefined {
    return this.handlers.get("DefaultHandlerExpand") ?? this.handlers.get("DefaultHandler");
  }

  /** The <!ATTLIST> declarations of an internal subset: recorded for start tags, and reported to the
   * AttlistDeclHandler as expat does (element, attribute, type, default or None, required). */
  private attlistDecls(subset: string): void {
    const h = this.handlers.get("AttlistDeclHandler");
    const body = subset.replace(/<!--[\s\S]*?-->/g, "");
    for (const decl of body.matchAll(/<!ATTLIST\s+([^\s>]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
      const elem = decl[1];
      const toks = decl[2].match(/"[^"]*"|'[^']*'|\([^)]*\)|[^\s()"']+/g) ?? [];
      const defs = this.attlists.get(elem) ?? [];
      for (let i = 0; i < toks.length;) {
        const name = toks[i++];
        let type = toks[i++] ?? "CDATA";
        if (type === "NOTATION" && toks[i]?.startsWith("(")) type += toks[i++].replace(/\s+/g, "");
        else if (type.startsWith("(")) type = type.replace(/\s+/g, "");
        let dflt: string | null = null, required = false;
        const d = toks[i++];
        if (d === "#REQUIRED") required = true;
        else if (d === "#FIXED") {
          required = true;
          const v = toks[i++] ?? '""';
          dflt = this.expandEntityValue(v.slice(1, -1));
        } else if (d !== undefined && d !== "#IMPLIED") dflt = this.expandEntityValue(d.slice(1, -1));
        if (type !== "CDATA" && dflt !== null) dflt = collapseSpaces(dflt);
        // the first declaration of an attribute wins
        if (!defs.some((a) => a.name === name)) defs.push({ name, cdata: type === "CDATA", dflt });
        if (h !== undefined) {
          call(h, [newStr(elem), newStr(name), newStr(type), strOrNone(dflt), required ? 1 : 0]);
        }
      }
      this.attlists.set(elem, defs);
    }
  }

  /** The replacement text of an internal entity: character and predefined/declared entity references
   * inside it are expanded once, as expat does when the entity is referenced. */
  private expandEntityValue(v: string): string {
    return v.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (all, ref: string) => {
      if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      const known = this.sax.ENTITIES[ref];
      return known !== undefined ? known : all;
    });
  }

  private characters(t: string): void {
    if (t === "") return;
    if (t.includes(SKIPPED_OPEN)) {
      this.skippedEntities(t);
      return;
    }
    if (this.handlers.get("CharacterDataHandler") === undefined) {
      const dflt = this.defaultHandler();
      if (dflt !== undefined) call(dflt, [newStr(t)]);
      return;
    }
    if (this.bufferText) {
      this.textBuffer += t;
      if (this.textBuffer.length >= this.bufferSize) this.flush();
    } else call(this.handlers.get("CharacterDataHandler")!, [newStr(t)]);
  }

  /** Text with skipped-entity markers: the text between goes out as usual, each entity to the
   * SkippedEntityHandler (name, is_parameter_entity) or else the default handler ("&name;"). */
  private skippedEntities(t: string): void {
    let i = 0;
    for (;;) {
      const open = t.indexOf(SKIPPED_OPEN, i);
      if (open < 0) break;
      const close = t.indexOf(SKIPPED_CLOSE, open);
      this.characters(t.slice(i, open));
      this.flush();
      const marker = t.slice(open + 1, close);
      const colon = marker.indexOf(":");
      const name = marker.slice(colon + 1);
      this.eventOffset = Number(marker.slice(0, colon));
      try {
        const skipped = this.handlers.get("SkippedEntityHandler");
        const dflt = this.handlers.get("DefaultHandlerExpand") ?? this.handlers.get("DefaultHandler");
        if (skipped !== undefined) call(skipped, [newStr(name), 0]);
        else if (dflt !== undefined) call(dflt, [newStr(`&${name};`)]);
      } finally {
        this.eventOffset = -1;
      }
      i = close + 1;
    }
    this.characters(t.slice(i));
  }

  /** Line and column expat reports for the current event (XML_GetCurrentLineNumber), or the error's. */
  position(): [number, number] {
    if (this.error === null && this.eventOffset >= 0) return this.lineCol(this.eventOffset);
    return [this.errorLine, this.errorColumn];
  }

  flush(): void {
    if (this.textBuffer === "") return;
    const t = this.textBuffer;
    this.textBuffer = "";
    const h = this.handlers.get("CharacterDataHandler");
    if (h !== undefined) call(h, [newStr(t)]);
  }

  private qualified(uri: string, local: string, prefix: string): string {
    if (uri === "" || this.nsSep === null) return prefix ? `${prefix}:${local}` : local;
    if (this.namespacePrefixes && prefix) return `${uri}${this.nsSep}${local}${this.nsSep}${prefix}`;
    return `${uri}${this.nsSep}${local}`;
  }

  private startElement(tag: SaxesTagNS | SaxesTagPlain): void {
    this.flush();
    this.depth++;
    let name: string;
    const attrs: [string, string][] = [];
    if (this.nsSep !== null) {
      const t = tag as SaxesTagNS;
      const startNs = this.handlers.get("StartNamespaceDeclHandler");
      if (startNs !== undefined) {
        for (const [prefix, uri] of Object.entries(t.ns)) {
          call(startNs, [prefix === "" ? None : newStr(prefix), uri === "" ? None : newStr(uri)]);
        }
      }
      name = this.qualified(t.uri, t.local, t.prefix);
      for (const a of Object.values(t.attributes)) {
        if (a.prefix === "xmlns" || a.name === "xmlns") continue;
        attrs.push([this.qualified(a.prefix === "" ? "" : a.uri, a.local, a.prefix), a.value]);
      }
    } else {
      const t = tag as SaxesTagPlain;
      name = t.name;
      for (const [k, v] of Object.entries(t.attributes)) attrs.push([k, v]);
    }
    const decls = this.attlists.get(this.nsSep !== null ? tag.name : name);
    if (decls !== undefined) this.applyAttlist(decls, tag, attrs);
    const h = this.handlers.get("StartElementHandler");
    if (h === undefined) {
      // no start handler: the tag's text goes to the default handler ("<b/>" once for an empty element)
      this.markupToDefault("<");
      return;
    }
    // a skipped entity in an attribute value contributes nothing (expat drops it)
    for (const pair of attrs) if (pair[1].includes(SKIPPED_OPEN)) pair[1] = pair[1].replace(SKIPPED_RE, "");
    let a: W;
    if (this.orderedAttributes) {
      a = newList(attrs.flatMap(([k, v]) => [newStr(k), newStr(v)]));
    } else {
      const d = newDict();
      for (const [k, v] of attrs) d.setItem(newStr(k), newStr(v));
      a = d;
    }
    call(h, [newStr(name), a]);
  }

  /** Declared attribute types and defaults: non-CDATA values normalized (runs of spaces collapsed, ends
   * trimmed), then the missing attributes with a default appended in declaration order. */
  private applyAttlist(decls: AttDef[], tag: SaxesTagNS | SaxesTagPlain, attrs: [string, string][]): void {
    const rawNames = this.nsSep !== null
      ? Object.values((tag as SaxesTagNS).attributes).filter((a) =>
        !(a.prefix === "xmlns" || a.name === "xmlns")
      )
        .map((a) => a.name)
      : attrs.map(([k]) => k);
    for (const def of decls) {
      const i = rawNames.indexOf(def.name);
      if (i >= 0) {
        if (!def.cdata) attrs[i][1] = collapseSpaces(attrs[i][1]);
        continue;
      }
      if (def.dflt === null || def.name === "xmlns" || def.name.startsWith("xmlns:")) continue;
      let key = def.name;
      if (this.nsSep !== null) {
        const colon = def.name.indexOf(":");
        if (colon > 0) {
          const prefix = def.name.slice(0, colon), local = def.name.slice(colon + 1);
          const uri = prefix === "xml"
            ? "http://www.w3.org/XML/1998/namespace"
            : (this.sax as unknown as { resolve(p: string): string | undefined }).resolve(prefix) ?? "";
          key = this.qualified(uri, local, prefix);
        }
      }
      attrs.push([key, def.dflt]);
    }
  }

  private endElement(tag: SaxesTagNS | SaxesTagPlain): void {
    this.flush();
    this.depth--;
    const h = this.handlers.get("EndElementHandler");
    let name: string;
    if (this.nsSep !== null) {
      const t = tag as SaxesTagNS;
      name = this.qualified(t.uri, t.local, t.prefix);
    } else name = tag.name;
    if (h !== undefined) call(h, [newStr(name)]);
    else if (!tag.isSelfClosing) this.markupToDefault("</");
    if (this.nsSep !== null) {
      const endNs = this.handlers.get("EndNamespaceDeclHandler");
      if (endNs !== undefined) {
        // expat ends a tag's bindings innermost first: the reverse of their declaration order
        const prefixes = Object.keys((tag as SaxesTagNS).ns);
        for (let i = prefixes.length - 1; i >= 0; i--) {
          call(endNs, [prefixes[i] === "" ? None : newStr(prefixes[i])]);
        }
      }
    }
    if (this.depth === 0) this.rootClosedAt = this.sax.position;
  }

  /** line (1-based) and column (0-based) of an offset into the text fed so far. */
  lineCol(offset: number): [number, number] {
    const before = this.text.slice(0, Math.max(0, offset));
    const line = before.split("\n").length;
    return [line, offset - (before.lastIndexOf("\n") + 1)];
  }

  /** The expat error (code and position) for a saxes complaint at the parser's position. */
  expatErrorFrom(message: string): PyError {
    const msg = message.replace(/^\d+:\d+:\s*/, "");
    const at = Math.min(this.sax.position, this.text.length);
    let name = "XML_ERROR_INVALID_TOKEN";
    let offset = Math.max(0, at - 1);
    const firstNonSpace = (from: number) => {
      let i = from;
      while (i < this.text.length && /\s/.test(this.text[i])) i++;
      return i;
    };
    if (msg.startsWith("unexpected close tag")) {
      name = "XML_ERROR_TAG_MISMATCH";
      offset = this.text.lastIndexOf("</", at - 1) + 2;
    } else if (msg.startsWith("unclosed tag") || msg.startsWith("document must contain a root element")) {
      name = "XML_ERROR_NO_ELEMENTS";
      offset = this.text.length;
    } else if (
      msg.startsWith("documents may contain only one root") || msg.startsWith("text data outside of root")
    ) {
      if (this.rootClosedAt >= 0) {
        name = "XML_ERROR_JUNK_AFTER_DOC_ELEMENT";
        offset = firstNonSpace(this.rootClosedAt);
      } else {
        name = "XML_ERROR_SYNTAX";
        offset = firstNonSpace(0);
      }
    } else if (msg.startsWith("undefined entity")) {
      name = "XML_ERROR_UNDEFINED_ENTITY";
      offset = this.text.lastIndexOf("&", at);
    } else if (msg.startsWith("duplicate attribute")) {
      name = "XML_ERROR_DUPLICATE_ATTRIBUTE";
      const attr = msg.slice("duplicate attribute: ".length).replace(/\.$/, "");
      const re = new RegExp(`\\s${attr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=`, "g");
      let last = -1;
      for (const m of this.text.slice(0, at).matchAll(re)) last = (m.index ?? 0) + 1;
      if (last >= 0) offset = last;
    } else if (/unbound namespace prefix|unbound prefix/.test(msg)) {
      name = "XML_ERROR_UNBOUND_PREFIX";
    } else if (/CDATA/.test(msg) && /unclosed|end of/.test(msg)) {
      name = "XML_ERROR_UNCLOSED_CDATA_SECTION";
    }
    const [line, col] = this.lineCol(offset);
    return expatErrorAt(code(name), line, col);
  }

  feed(data: string, isFinal: boolean): void {
    if (this.error !== null) throw this.error;
    if (this.finished) throw expatErrorAt(code("XML_ERROR_FINISHED"), 1, 0);
    try {
      this.text += data;
      if (data !== "") this.sax.write(data);
      // pyexpat hands buffered character data over at the end of every Parse() call
      this.flush();
      if (isFinal) {
        this.finished = true;
        this.sax.close();
        this.flush();
      }
    } catch (e) {
      if (e instanceof PyError) {
        if (e.matches(expatError)) {
          this.error = e;
          const v = e.value as PyInstance;
          this.errorCode = v.getAttr("code") as number;
          this.errorLine = v.getAttr("lineno") as number;
          this.errorColumn = v.getAttr("offset") as number;
        }
        throw e;
      }
      throw expatErrorAt(code("XML_ERROR_INVALID_TOKEN"), 1, 0);
    }
  }
}

interface AttDef {
  name: string;
  cdata: boolean;
  dflt: string | null;
}

/** Attribute-value normalization for a non-CDATA type: runs of spaces become one, no space at the ends. */
function collapseSpaces(v: string): string {
  return v.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** The tokens expat reports to the default handler for the body of a doctype declaration (what follows
 * "<!DOCTYPE"): white space runs, names, quoted literals, brackets, and the internal subset's markup. */
function dtdTokens(d: string): string[] {
  return d.match(
    /\s+|"[^"]*"|'[^']*'|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z]+|%[^\s;%]+;|[[\]>()|,*+?]|[^\s"'<>[\]()|,*+?%]+|./g,
  ) ??
    [];
}

// noncharacters that bracket a skipped entity reference ("offset:name") inside saxes' text
const SKIPPED_OPEN = "\ufdd0", SKIPPED_CLOSE = "\ufdd1";
const SKIPPED_RE = /\ufdd0[^\ufdd1]*\ufdd1/g;

function strOrNone(s: string | null | undefined): W {
  return s === null || s === undefined ? None : newStr(s);
}

function expatErrorAt(c: number, line: number, column: number): PyError {
  const text = ERRORS[c - 1]?.[1] ?? "unknown error";
  const err = new PyError(
    call(expatError, [newStr(`${text}: line ${line}, column ${column}`)]) as PyInstance,
  );
  const v = err.value as PyInstance;
  v.setAttr("code", c);
  v.setAttr("lineno", line);
  v.setAttr("offset", column);
  return err;
}

function xp(w: W): PyXmlParser {
  if (!(w instanceof PyXmlParser)) raiseTypeError("descriptor requires a 'pyexpat.xmlparser' object");
  return w;
}

/** UTF-16 as expat recognises it from the first bytes: a byte order mark or "<?" as 16-bit units. */
function sniffUtf16(b: Uint8Array): string | null {
  if (b.length < 2) return null;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0)) {
    return "utf-16le";
  }
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f)) {
    return "utf-16be";
  }
  return null;
}

/** The encodings expat knows itself; any other goes through pyexpat's unknown-encoding handler. */
const EXPAT_ENCODINGS = new Set(["utf-8", "utf-16", "utf-16be", "utf-16le", "iso-8859-1"]);
const singleByteTables = new Map<string, string[]>();
const LATIN1 = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

/**
 * pyexpat's unknown-encoding handler: the Python codec decodes the 256 byte values; a codec that does not
 * give one character per byte is refused (ValueError), and expat itself refuses a table that moves the
 * ASCII characters XML syntax needs. Unknown codec names raise LookupError from the codec lookup.
 */
function singleByteTable(name: string): string[] {
  let table = singleByteTables.get(name);
  if (table !== undefined) return table;
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  let decoded: W;
  try {
    decoded = callMethod(newBytes(all), "decode", [newStr(name), newStr("replace")]);
  } catch (e) {
    // a multi-byte codec pypyts's codecs lack (big5, shift_jis, ...): CPython finds it and refuses it
    if (e instanceof PyError && e.matches(exceptionTypes.LookupError) && knownToTextDecoder(name)) {
      raiseValueError("multi-byte encodings are not supported");
    }
    throw e;
  }
  const chars = [...(decoded as PyStr).value];
  if (chars.length !== 256) raiseValueError("multi-byte encodings are not supported");
  for (let i = 0x20; i < 0x7f; i++) {
    if (chars[i] !== String.fromCharCode(i)) throw expatErrorAt(code("XML_ERROR_UNKNOWN_ENCODING"), 1, 0);
  }
  table = chars;
  singleByteTables.set(name, table);
  return table;
}
function knownToTextDecoder(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}
function decodeSingleByte(table: string[], bytes: Uint8Array, p: PyXmlParser): string {
  p.pendingBytes = new Uint8Array(0);
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += table[bytes[i]];
  return out;
}

/** Bytes fed to Parse are decoded by the parser's encoding, the XML declaration's, or UTF-8. */
function decodeInput(p: PyXmlParser, data: W, isFinal: boolean): string {
  if (data instanceof PyStr) return data.value;
  const b = bytesLike(data);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
  const all = new Uint8Array(p.pendingBytes.length + b.length);
  all.set(p.pendingBytes);
  all.set(b, p.pendingBytes.length);
  if (p.declaredEncoding === null) {
    const sniffed = sniffUtf16(all);
    if (sniffed !== null) {
      // expat's own detection (a BOM or "<?" in UTF-16) wins over any declared name
      p.declaredEncoding = sniffed;
      p.utf16 = new TextDecoder(sniffed, { fatal: true });
    } else {
      const head = new TextDecoder("latin1").decode(all.subarray(0, 200));
      const m = /^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
      p.declaredEncoding = p.encoding ?? (m ? m[1] : "utf-8");
    }
  }
  let label = p.declaredEncoding.toLowerCase();
  if (p.utf16 === null && label.startsWith("utf-16")) {
    // declared UTF-16 without a BOM or a "<" to tell the byte order: expat reads it big-endian
    p.utf16 = new TextDecoder(label === "utf-16le" ? "utf-16le" : "utf-16be", { fatal: true });
  }
  if (p.utf16 !== null) {
    p.pendingBytes = new Uint8Array(0);
    try {
      return p.utf16.decode(all, { stream: !isFinal });
    } catch {
      throw expatErrorAt(code("XML_ERROR_INVALID_TOKEN"), 1, 0);
    }
  }
  if (label === "us-ascii") label = "utf-8";
  if (label === "iso-8859-1") return decodeSingleByte(LATIN1, all, p); // WHATWG's latin1 is cp1252
  if (!EXPAT_ENCODINGS.has(label)) return decodeSingleByte(singleByteTable(p.declaredEncoding), all, p);
  const dec = new TextDecoder(label, { fatal: true });
  // keep an incomplete trailing UTF-8 sequence for the next call
  let cut = all.length;
  if (!isFinal && label === "utf-8") {
    let i = all.length - 1, back = 0;
    while (i >= 0 && back < 4 && (all[i] & 0xc0) === 0x80) {
      i--;
      back++;
    }
    if (i >= 0 && all[i] >= 0xc0) {
      const need = all[i] >= 0xf0 ? 4 : all[i] >= 0xe0 ? 3 : 2;
      if (all.length - i < need) cut = i;
    }
  }
  p.pendingBytes = all.slice(cut);
  try {
    return dec.decode(all.subarray(0, cut));
  } catch {
    throw expatErrorAt(code("XML_ERROR_INVALID_TOKEN"), 1, 0);
  }
}

defineMethods(xmlparserType, [
  {
    name: "Parse",
    arity: [1, 2],
    impl: (a) => {
      const p = xp(a[0]);
      const isFinal = a[2] !== undefined && isTrue(a[2]);
      p.feed(decodeInput(p, a[1], isFinal), isFinal);
      return 1;
    },
  },
  {
    name: "ParseFile",
    arity: [1, 1],
    impl: (a) => {
      const p = xp(a[0]);
      for (;;) {
        const chunk = callMethod(a[1], "read", [2048]);
        const empty = chunk instanceof PyStr ? chunk.value === "" : (bytesLike(chunk)?.length ?? 0) === 0;
        p.feed(decodeInput(p, chunk, empty), empty);
        if (empty) return 1;
      }
    },
  },
  { name: "SetBase", arity: [1, 1], impl: () => None },
  { name: "GetBase", arity: [0, 0], impl: () => None },
  { name: "GetInputContext", arity: [0, 0], impl: () => None },
  { name: "SetParamEntityParsing", arity: [1, 1], impl: () => 1 },
  { name: "UseForeignDTD", arity: [0, 1], impl: () => None },
  { name: "GetReparseDeferralEnabled", arity: [0, 0], impl: () => False },
  { name: "SetReparseDeferralEnabled", arity: [1, 1], impl: () => None },
  {
    name: "ExternalEntityParserCreate",
    arity: [1, 2],
    impl: () => {
      throw new PyError(call(exceptionTypes.NotImplementedError, [
        newStr("external entities are not supported by pypyts's pyexpat"),
      ]) as PyInstance);
    },
  },
  {
    name: "__getattr__",
    arity: [1, 1],
    impl: (a) => {
      const p = xp(a[0]);
      const name = a[1] instanceof PyStr ? a[1].value : "";
      if ((HANDLERS as readonly string[]).includes(name)) return p.handlers.get(name as HandlerName) ?? None;
      throw new PyError(call(exceptionTypes.AttributeError, [
        newStr(`'pyexpat.xmlparser' object has no attribute '${name}'`),
      ]) as PyInstance);
    },
  },
  {
    name: "__setattr__",
    arity: [2, 2],
    impl: (a) => {
      const p = xp(a[0]);
      const name = a[1] instanceof PyStr ? a[1].value : "";
      const v = a[2];
      if ((HANDLERS as readonly string[]).includes(name)) {
        if (v === None) p.handlers.delete(name as HandlerName);
        else p.handlers.set(name as HandlerName, v);
        return None;
      }
      const spec = SETTABLE[name];
      if (spec === undefined) {
        throw new PyError(call(exceptionTypes.AttributeError, [
          newStr(`'pyexpat.xmlparser' object has no attribute '${name}'`),
        ]) as PyInstance);
      }
      spec(p, v);
      return None;
    },
  },
]);

const SETTABLE: Record<string, (p: PyXmlParser, v: W) => void> = {
  buffer_text: (p, v) => {
    p.flush();
    p.bufferText = isTrue(v);
  },
  buffer_size: (p, v) => {
    if (typeof v !== "number") raiseTypeError("buffer_size must be an integer");
    if (v <= 0) {
      throw new PyError(
        call(exceptionTypes.ValueError, [newStr("buffer_size must be greater than zero")]) as PyInstance,
      );
    }
    p.flush();
    p.bufferSize = v;
  },
  ordered_attributes: (p, v) => void (p.orderedAttributes = isTrue(v)),
  specified_attributes: (p, v) => void (p.specifiedAttributes = isTrue(v)),
  namespace_prefixes: (p, v) => void (p.namespacePrefixes = isTrue(v)),
};

const flag = (b: boolean): W => (b ? True : False);
defineGetSets(xmlparserType, [
  { name: "buffer_text", get: (p) => flag(xp(p).bufferText) },
  { name: "buffer_size", get: (p) => xp(p).bufferSize },
  { name: "buffer_used", get: (p) => xp(p).textBuffer.length },
  { name: "ordered_attributes", get: (p) => flag(xp(p).orderedAttributes) },
  { name: "specified_attributes", get: (p) => flag(xp(p).specifiedAttributes) },
  { name: "namespace_prefixes", get: (p) => flag(xp(p).namespacePrefixes) },
  { name: "ErrorCode", get: (p) => xp(p).errorCode },
  { name: "ErrorLineNumber", get: (p) => xp(p).position()[0] },
  { name: "ErrorColumnNumber", get: (p) => xp(p).position()[1] },
  { name: "ErrorByteIndex", get: (p) => xp(p).errorByte },
  { name: "CurrentLineNumber", get: (p) => xp(p).sax.line },
  { name: "CurrentColumnNumber", get: (p) => xp(p).sax.column },
  { name: "CurrentByteIndex", get: (p) => xp(p).sax.position },
  { name: "intern", get: () => newDict() },
]);

function submodule(name: string, values: Record<string, W>): PyModule {
  const m = newModule(name);
  for (const [k, v] of Object.entries(values)) m.dict.setStr(k, v);
  return m;
}

export const pyexpatModule: NativeModuleDef = {
  name: "pyexpat",
  doc: "Python wrapper for Expat parser.",
  functions: [
    {
      name: "ParserCreate",
      arity: [0, 3],
      kw: ["encoding", "namespace_separator", "intern"],
      impl: (a) => {
        const enc = a[0] === undefined || a[0] === None ? null : a[0];
        const sep = a[1] === undefined || a[1] === None ? null : a[1];
        if (enc !== null && !(enc instanceof PyStr)) {
          raiseTypeError(`ParserCreate() argument 'encoding' must be str or None, not ${typeOf(enc).name}`);
        }
        if (sep !== null && !(sep instanceof PyStr)) {
          raiseTypeError(
            `ParserCreate() argument 'namespace_separator' must be str or None, not ${typeOf(sep).name}`,
          );
        }
        if (sep instanceof PyStr && [...sep.value].length > 1) {
          throw new PyError(call(exceptionTypes.ValueError, [
            newStr("namespace_separator must be at most one character, omitted, or None"),
          ]) as PyInstance);
        }
        return new PyXmlParser(
          enc === null ? null : (enc as PyStr).value,
          sep === null ? null : (sep as PyStr).value,
        );
      },
    },
    {
      name: "ErrorString",
      arity: [1, 1],
      impl: (a) => {
        const c = a[0] as number;
        return c >= 1 && c <= ERRORS.length ? newStr(ERRORS[c - 1][1]) : None;
      },
    },
  ],
  types: [["XMLParserType", xmlparserType], ["ExpatError", expatError], ["error", expatError]],
  values: () => {
    const errors: Record<string, W> = {};
    const codes = newDict();
    const messages = newDict();
    ERRORS.forEach(([n, text], i) => {
      errors[n] = newStr(text);
      codes.setItem(newStr(text), i + 1);
      messages.setItem(i + 1, newStr(text));
    });
    errors.codes = codes;
    errors.messages = messages;
    const model: Record<string, W> = {
      XML_CTYPE_EMPTY: 1,
      XML_CTYPE_ANY: 2,
      XML_CTYPE_MIXED: 3,
      XML_CTYPE_NAME: 4,
      XML_CTYPE_CHOICE: 5,
      XML_CTYPE_SEQ: 6,
      XML_CQUANT_NONE: 0,
      XML_CQUANT_OPT: 1,
      XML_CQUANT_REP: 2,
      XML_CQUANT_PLUS: 3,
    };
    return {
      EXPAT_VERSION: newStr("expat_2.7.3"),
      version_info: newTuple([2, 7, 3]),
      native_encoding: newStr("UTF-8"),
      features: newList([
        newTuple([newStr("sizeof(XML_Char)"), 1]),
        newTuple([newStr("sizeof(XML_LChar)"), 1]),
      ]),
      XML_PARAM_ENTITY_PARSING_NEVER: 0,
      XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE: 1,
      XML_PARAM_ENTITY_PARSING_ALWAYS: 2,
      errors: submodule("pyexpat.errors", errors),
      model: submodule("pyexpat.model", model),
    };
  },
};
