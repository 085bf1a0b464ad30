// `scripts/deno run -A tools/gen_unicodedata.ts`: regenerate interpreter/modules/unicodedata_db.txt, the
// Unicode Character Database tables of the unicodedata module.
//
// Origin of the data: CPython 3.14's own `unicodedata` (Unicode 16.0.0 and its `ucd_3_2_0` view), run
// under pyodide (npm:pyodide@314.0.7, the project's CPython 3.14 oracle) over every code point. Name
// aliases and named sequences cannot be enumerated through that API, so they come from Debian's
// `unicode-data` package (/usr/share/unicode/NameAliases.txt, NamedSequences.txt) and every entry is
// kept only if CPython's unicodedata.lookup() resolves it to the same text; likewise the 3.2.0 view's
// pre-corrigendum decompositions (NormalizationCorrections.txt), kept where CPython's
// ucd_3_2_0.normalize() uses them.
//
// The file holds one JSON document, deflated and base64-encoded; unicodedata.ts reads and inflates it on
// first use (a data file rather than a TS module, so that startup does not parse it). Property records are run-length encoded over the code points; names whose text is
// "<PREFIX>-<hex of the code point>" (CJK ideographs, Tangut, …) are stored as ranges, Hangul syllable
// names are computed, every other name is listed.
import { loadPyodide } from "pyodide";
import { deflateSync } from "node:zlib";

const SCRIPT = String.raw`
import unicodedata as U, json

def props(db):
    index, records, runs, prev = {}, [], [], None
    for cp in range(0x110000):
        c = chr(cp)
        r = (db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c), db.mirrored(c))
        if r != prev:
            if r not in index:
                index[r] = len(records)
                records.append(list(r))
            runs.append([cp, index[r]])
            prev = r
    return records, runs

def decomps(db, base=None):
    out = {}
    for cp in range(0x110000):
        d = db.decomposition(chr(cp))
        if d and (base is None or base.get(cp) != d):
            out[cp] = d
        elif base is not None and not d and cp in base:
            out[cp] = ''
    return out

def numerics(db, base=None):
    out = {}
    for cp in range(0x110000):
        c = chr(cp)
        v = [db.decimal(c, None), db.digit(c, None), db.numeric(c, None)]
        if v == [None, None, None]:
            if base is not None and cp in base:
                out[cp] = None
            continue
        v[2] = repr(v[2])
        if base is None or base.get(cp) != v:
            out[cp] = v
    return out

names, ranges = [], []
for cp in range(0x110000):
    n = U.name(chr(cp), None)
    if n is None or 0xAC00 <= cp <= 0xD7A3:
        continue
    head, sep, tail = n.rpartition('-')
    if sep and tail == '%04X' % cp:
        if ranges and ranges[-1][2] == head and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, head])
        continue
    names.append([cp, n])

excluded = []
for cp in range(0x110000):
    d = U.decomposition(chr(cp))
    if d and not d.startswith('<') and U.normalize('NFC', chr(cp)) != chr(cp):
        excluded.append(cp)

aliases = []
for line in ALIASES.splitlines():
    if not line or line.startswith('#'):
        continue
    cp, alias, kind = line.split(';')
    try:
        if U.lookup(alias) == chr(int(cp, 16)):
            aliases.append([int(cp, 16), alias])
    except KeyError:
        pass
sequences = []
for line in SEQUENCES.splitlines():
    if not line or line.startswith('#'):
        continue
    name, cps = line.split(';')
    text = ''.join(chr(int(x, 16)) for x in cps.split())
    try:
        if U.lookup(name) == text:
            sequences.append([name, [ord(c) for c in text]])
    except KeyError:
        pass

corrections = []
for line in CORRECTIONS.splitlines():
    if not line or line.startswith('#'):
        continue
    cp, original = (int(x, 16) for x in line.split(';')[:2])
    if U.ucd_3_2_0.normalize('NFD', chr(cp)) == chr(original) != U.normalize('NFD', chr(cp)):
        corrections.append([cp, original])

d16 = decomps(U)
n16 = numerics(U)
result = {
    'version': U.unidata_version,
    'props': props(U),
    'props32': props(U.ucd_3_2_0),
    'decomp': d16,
    'decomp32': decomps(U.ucd_3_2_0, d16),
    'numeric': n16,
    'numeric32': numerics(U.ucd_3_2_0, n16),
    'names': names,
    'ranges': ranges,
    'excluded': excluded,
    'aliases': aliases,
    'sequences': sequences,
    'corrections32': corrections,
}
json.dumps(result, separators=(',', ':'))
`;

const py = await loadPyodide();
py.globals.set("ALIASES", Deno.readTextFileSync("/usr/share/unicode/NameAliases.txt"));
py.globals.set("SEQUENCES", Deno.readTextFileSync("/usr/share/unicode/NamedSequences.txt"));
py.globals.set("CORRECTIONS", Deno.readTextFileSync("/usr/share/unicode/NormalizationCorrections.txt"));
const json = py.runPython(SCRIPT) as string;
const packed = deflateSync(new TextEncoder().encode(json), { level: 9 });
let b64 = "";
const bytes = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
for (let i = 0; i < bytes.length; i += 0x8000) b64 += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
b64 = btoa(b64);
const lines: string[] = [];
for (let i = 0; i < b64.length; i += 100) lines.push(b64.slice(i, i + 100));
const out =
  `# Generated by tools/gen_unicodedata.ts - do not edit. The Unicode Character Database tables of the
# unicodedata module (Unicode ${JSON.parse(json).version} and the 3.2.0 view), taken from CPython 3.14's
# own unicodedata running under pyodide; aliases, named sequences and normalization corrections from
# Debian's unicode-data files, checked against CPython. One JSON document, deflated, base64 below.
${lines.join("\n")}
`;
Deno.writeTextFileSync(new URL("../interpreter/modules/unicodedata_db.txt", import.meta.url), out);
console.log(`unicodedata_db.txt: ${json.length} bytes of JSON, ${b64.length} base64 characters`);
