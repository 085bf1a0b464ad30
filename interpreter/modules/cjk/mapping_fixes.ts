// Differences between the WHATWG encoding tables (Deno's TextDecoder) and CPython 3.14's CJK codec
// tables, found by decoding every 2-byte code with both (CPython is the reference). Excluded lists are
// space-separated hex 2-byte codes (lead << 8 | trail) and inclusive ranges first-last; override lists
// give runs of consecutive codes and the characters CPython decodes them to.

// Codes WHATWG's gb18030 2-byte table maps but CPython's gbk does not: the GB18030 additions
// (vertical forms, PUA user-defined rows AAA1-AFFE/F8A1-FEFE/A140-A7A0, FE50-FEA0).
export const GBK_EXCLUDED =
  "a140-a17e a180-a1a0 a240-a27e a280-a2a0 a2ab-a2b0 a2e3-a2e4 a2ef-a2f0 a2fd-a37e a380-a3a0 " +
  "a440-a47e a480-a4a0 a4f4-a57e a580-a5a0 a5f7-a67e a680-a6a0 a6b9-a6c0 a6d9-a6df a6ec-a6ed a6f3 " +
  "a6f6-a77e a780-a7a0 a7c2-a7d0 a7f2-a7fe a896-a8a0 a8bc a8bf a8c1-a8c4 a8ea-a8fe a958 a95b " +
  "a95d-a95f a989-a995 a997-a9a3 a9f0-a9fe aaa1-aafe aba1-abfe aca1-acfe ada1-adfe aea1-aefe " +
  "afa1-affe d7fa-d7fe f8a1-f8fe f9a1-f9fe faa1-fafe fba1-fbfe fca1-fcfe fda1-fdfe fe50-fe7e " +
  "fe80-fefe ";
// Codes inside the GB2312 block A1-F7/A1-FE that GBK defines and GB2312 does not (small Roman
// numerals A2A1-A2AA, vertical punctuation in row A6, pinyin letters in row A8).
export const GB2312_EXCLUDED = "a2a1-a2aa a6e0-a6eb a6ee-a6f2 a6f4-a6f5 a8bb a8bd-a8be a8c0 ";
// Codes WHATWG's big5 (Big5 + HKSCS-2008 + ETEN extensions) maps and CPython's plain big5 does
// not.
export const BIG5_EXCLUDED =
  "8740-8765 8767-877e 87a1-87df 8840-8861 8863 8865-887e 88a1-88a2 88a4 88a6-88aa 8940-8941 8943 " +
  "8946-8949 894c-897e 89a1-89a6 89ab-89ae 89b0-89b2 89b5-89bf 89c1-89c3 89c5-8a41 8a43-8a62 " +
  "8a64-8a74 8a76-8a7e 8aa1-8aaa 8aac-8ab0 8ab2-8ab9 8abb-8ac7 8ac9-8acc 8ace-8adc 8adf-8af4 " +
  "8af6-8b53 8b55-8b7e 8ba1-8bdc 8bde-8bfd 8c40-8c7e 8ca1-8ca5 8ca7-8cc5 8cc9-8ccc 8cce-8ce4 " +
  "8ce6-8d40 8d42-8d7e 8da1-8e7e 8ea1-8f7e 8fa1-907e 90a1-917e 91a1-927e 92a1-937e 93a1-947e " +
  "94a1-957e 95a1-967e 96a1-977e 97a1-987e 98a1-997e 99a1-9a7e 9aa1-9b60 9b62-9b7e 9ba1-9c7e " +
  "9ca1-9d7e 9da1-9e7e 9ea1-9eab 9ead-9ec3 9ec5-9ef3 9ef5-9f4d 9f4f-9f7e 9fa1-9fac 9fae-9fb0 " +
  "9fb2-9fbf 9fc1-9fc7 9fc9-9fd9 9fdb-9fe5 9fe7-9fe9 9feb-9fee 9ff0-a053 a055-a056 a058-a059 " +
  "a05b-a061 a063-a071 a073-a07e a0a1-a0a4 a0a6-a0ac a0ae a0b0-a0d2 a0d4-a0e0 a0e2-a0fe a3c0-a3e1 " +
  "c7fd-c87e c8a1-c8a4 c8cd-c8f1 c8f5-c8fe f9d6-fa7e faa1-fb7e fba1-fc7e fca1-fd7e fda1-fe7e " +
  "fea1-fefe ";
// Codes WHATWG's big5 maps and CPython's cp950 (Microsoft's table) does not: the HKSCS rows.
export const CP950_EXCLUDED =
  "8740-8765 8767-877e 87a1-87df 8840-8861 8863 8865-887e 88a1-88a2 88a4 88a6-88aa 8940-8941 8943 " +
  "8946-8949 894c-897e 89a1-89a6 89ab-89ae 89b0-89b2 89b5-89bf 89c1-89c3 89c5-8a41 8a43-8a62 " +
  "8a64-8a74 8a76-8a7e 8aa1-8aaa 8aac-8ab0 8ab2-8ab9 8abb-8ac7 8ac9-8acc 8ace-8adc 8adf-8af4 " +
  "8af6-8b53 8b55-8b7e 8ba1-8bdc 8bde-8bfd 8c40-8c7e 8ca1-8ca5 8ca7-8cc5 8cc9-8ccc 8cce-8ce4 " +
  "8ce6-8d40 8d42-8d7e 8da1-8e7e 8ea1-8f7e 8fa1-907e 90a1-917e 91a1-927e 92a1-937e 93a1-947e " +
  "94a1-957e 95a1-967e 96a1-977e 97a1-987e 98a1-997e 99a1-9a7e 9aa1-9b60 9b62-9b7e 9ba1-9c7e " +
  "9ca1-9d7e 9da1-9e7e 9ea1-9eab 9ead-9ec3 9ec5-9ef3 9ef5-9f4d 9f4f-9f7e 9fa1-9fac 9fae-9fb0 " +
  "9fb2-9fbf 9fc1-9fc7 9fc9-9fd9 9fdb-9fe5 9fe7-9fe9 9feb-9fee 9ff0-a053 a055-a056 a058-a059 " +
  "a05b-a061 a063-a071 a073-a07e a0a1-a0a4 a0a6-a0ac a0ae a0b0-a0d2 a0d4-a0e0 a0e2-a0fe a3c0-a3e0 " +
  "c7fd-c87e c8a1-c8a4 c8cd-c8f1 c8f5-c8fe fa40-fa7e faa1-fb7e fba1-fc7e fca1-fd7e fda1-fe7e " +
  "fea1-fefe ";
// Codes of HKSCS-2008 that CPython's big5hkscs (HKSCS-2004) does not have.
export const BIG5HKSCS_EXCLUDED =
  "877a-877e 87a1-87df 8e69 8e6f 8e7e 8eab 8eb4 8ecd 8ed0 8f57 8f69 8f6e 8fcb-8fcc 8ffe 906d 907a " +
  "90dc 90f1 91bf 9244 92af-92b2 92c8 92d1 9447 94ca 95d9 9644 96ed 96fc 9b76 9b78 9b7b 9bc6 9bde " +
  "9bec 9bf6 9c42 9c53 9c62 9c68 9c6b 9c77 9cbc-9cbd 9cd0 9d57 9d5a 9dc4 9ea9 9eef 9efd 9f60 9f66 " +
  "9fcb 9fd8 a063 a077 a0d5 a0df a0e4 a3c0-a3e1 c6cf c6d3 c6d5 c6d7 c6de-c6df fa5f fa66 fabd fac5 " +
  "fad5 fb48 fbb8 fbf3 fbf9 fc4f fc6c fcb9 fce2 fcf1 fdb7-fdb8 fdbb fdf1 fe52 fe6f feaa fedd ";
// GB2312 (unlike GBK) has KATAKANA MIDDLE DOT at A1A4 and HORIZONTAL BAR at A1AA.
export const GB2312_OVERRIDES: readonly (readonly [number, string])[] = [
  [0xa1a4, "・"],
  [0xa1aa, "―"],
];
// WHATWG follows GB18030-2022, which moved 18 characters out of the PUA; CPython keeps the
// GB18030-2005 PUA code points.
export const GB18030_OVERRIDES: readonly (readonly [number, string])[] = [
  [0xa3a0, ""],
  [0xa6d9, ""],
  [0xa6ec, ""],
  [0xa6f3, ""],
  [0xa8bc, ""],
  [0xfe59, ""],
  [0xfe61, ""],
  [0xfe66, ""],
  [0xfe6d, ""],
  [0xfe7e, ""],
  [0xfe90, ""],
  [0xfea0, ""],
];
// CPython's big5 has its own (non-Microsoft) mappings for a few symbols and the ETEN kana and
// Cyrillic rows C6A1-C7FC, where WHATWG puts HKSCS characters.
export const BIG5_OVERRIDES: readonly (readonly [number, string])[] = [
  [0xa145, "•"],
  [0xa14e, "､"],
  [0xa1c2, "‾"],
  [0xa1e3, "∼"],
  [0xa1f2, "♁☉"],
  [0xa241, "／＼"],
  [0xa244, "¥"],
  [0xa246, "¢£"],
  [
    0xc6a1,
    "ヾゝゞ々ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんァアィイゥウェ",
  ],
  [
    0xc740,
    "エォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユ",
  ],
  [
    0xc7a1,
    "ョヨラリルレロヮワヰヱヲンヴヵヶДЕЁЖЗИЙКЛМУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽",
  ],
];
// cp950 has the ETEN kana/Cyrillic rows C6A1-C7FC (WHATWG: HKSCS) and U+2593 at F9FE.
export const CP950_OVERRIDES: readonly (readonly [number, string])[] = [
  [
    0xc6a1,
    "ヾゝゞ々ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんァアィイゥウェ",
  ],
  [
    0xc740,
    "エォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユ",
  ],
  [
    0xc7a1,
    "ョヨラリルレロヮワヰヱヲンヴヵヶДЕЁЖЗИЙКЛМУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽",
  ],
  [0xf9fe, "▓"],
];
// big5hkscs keeps CPython's big5 mappings for these symbols.
export const BIG5HKSCS_OVERRIDES: readonly (readonly [number, string])[] = [
  [0xa145, "•"],
  [0xa14e, "､"],
  [0xa1c2, "‾"],
  [0xa1e3, "∼"],
  [0xa1f2, "♁☉"],
  [0xa241, "／＼"],
  [0xa244, "¥"],
  [0xa246, "¢£"],
];
// CPython's shift_jis uses JIS X 0208's own mappings where Microsoft's cp932 (WHATWG) maps to
// fullwidth forms.
export const SHIFT_JIS_OVERRIDES: readonly (readonly [number, string])[] = [
  [0x8160, "〜‖"],
  [0x817c, "−"],
  [0x8191, "¢£"],
  [0x81ca, "¬"],
];
// Same JIS X 0208 versus Microsoft differences as shift_jis, in EUC-JP codes.
export const EUC_JP_OVERRIDES: readonly (readonly [number, string])[] = [
  [0xa1c1, "〜‖"],
  [0xa1dd, "−"],
  [0xa1f1, "¢£"],
  [0xa2cc, "¬"],
];
