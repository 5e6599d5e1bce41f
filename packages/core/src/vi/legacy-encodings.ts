/**
 * The legacy 8-bit Vietnamese encodings many offices still type in: TCVN3 (the "ABC" fonts
 * ".VnTime", ".VnArial", and their capitals variants ".VnTimeH", ".VnArialH" …) and VNI for Windows
 * ("VNI-Times", "VNI-Helve" …). A workbook stores such text as Latin-1 / Windows-1252 characters
 * that show as Vietnamese only in that font ("§· hoµn thµnh", "Ñaõ hoaøn thaønh" for "Đã hoàn
 * thành"). Converting it is done only on a font-name signal (`legacyFont`), never guessed from the
 * text alone: a cell in Times New Roman holding "µ" stays as it is.
 *
 * The tables are derived, not listed: each vowel's row of code points in the layout of the encoding
 * (TCVN 5712:1993 VN3; VNI for Windows: base letter followed by a mark byte), composed with the
 * Unicode combining tone marks and NFC. `legacy-encodings.test.ts` checks them character by
 * character against a public converter's tables. Pure: no I/O.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** A legacy font found on a cell or a rich-text run. */
export interface LegacyFont {
  readonly encoding: LegacyEncoding;
  /** The font as the workbook names it (".VnTimeH"). */
  readonly name: string;
  /** A capitals-only font (TCVN3 ".VnTimeH", ".VnArialH" …): every letter shows as a capital. */
  readonly capitals: boolean;
}

/** The encodings' names as a clerk knows them. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3',
  vni: 'VNI',
};

/**
 * The legacy encoding a font name implies, or undefined. TCVN3 fonts are named ".Vn…" (".VnTime",
 * ".VnArial NarrowH", ".VnCentury Schoolbook"); those ending in a capital "H" are the capitals
 * variants. VNI fonts are named "VNI-…" ("VNI-Times", "VNI-Helve-Condense", "VNI Aptima").
 */
export function legacyFont(name: string | undefined): LegacyFont | undefined {
  if (name === undefined) return undefined;
  const trimmed = name.trim();
  if (/^\.vn[a-z]/i.test(trimmed))
    return { encoding: 'tcvn3', name: trimmed, capitals: /[a-z0-9 -]H$/.test(trimmed) };
  if (/^vni[-_ ][a-z]/i.test(trimmed)) return { encoding: 'vni', name: trimmed, capitals: false };
  return undefined;
}

/** Tone marks, in the order the tables list them. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const; // none, huyền, hỏi, ngã, sắc, nặng

const compose = (base: string, tone: string): string => (base + tone).normalize('NFC');

/**
 * TCVN3 (VN3): one code point per lowercase letter. Each row: the Unicode base letter, then the
 * code points for no tone (when the base is not ASCII), huyền, hỏi, ngã, sắc, nặng.
 */
const TCVN3_ROWS: readonly (readonly [string, number | undefined, ...number[]])[] = [
  ['a', undefined, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ['ă', 0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  ['â', 0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  ['e', undefined, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ['ê', 0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  ['i', undefined, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  ['o', undefined, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ['ô', 0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ['ơ', 0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  ['u', undefined, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ['ư', 0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  ['y', undefined, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
];

/** The seven capitals a TCVN3 (non-H) font has, and đ. */
const TCVN3_SINGLES: readonly (readonly [number, string])[] = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xae, 'đ'],
];

function buildTcvn3(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [base, ...codes] of TCVN3_ROWS) {
    codes.forEach((code, i) => {
      if (code !== undefined) map.set(String.fromCharCode(code), compose(base, TONES[i]!));
    });
  }
  for (const [code, letter] of TCVN3_SINGLES) map.set(String.fromCharCode(code), letter);
  return map;
}

/** TCVN3 character (as Windows-1252 shows it) → Unicode letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTcvn3();

/**
 * VNI for Windows: a base letter followed by a mark byte. Lowercase and capital marks differ
 * (the capital is the Latin-1 capital of the lowercase mark). Tone marks in TONES order.
 */
const VNI_TONE_MARKS = ['', 'ø', 'û', 'õ', 'ù', 'ï'] as const;
const VNI_CIRCUMFLEX_MARKS = ['â', 'à', 'å', 'ã', 'á', 'ä'] as const;
const VNI_BREVE_MARKS = ['ê', 'è', 'ú', 'ü', 'é', 'ë'] as const;

/** Letters VNI writes as one code point of their own (lowercase; the capital is its Latin-1 capital). */
const VNI_SINGLES: readonly (readonly [string, string])[] = [
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['í', 'í'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

/** VNI base letters that take a tone mark (lowercase, as typed) → the Unicode base. */
const VNI_BASES: Readonly<Record<string, string>> = {
  a: 'a',
  e: 'e',
  o: 'o',
  u: 'u',
  y: 'y',
  ô: 'ơ',
  ö: 'ư',
};
/** …and those that take a circumflex or a breve mark (with or without a tone). */
const VNI_HATS: Readonly<Record<string, readonly (readonly [string, readonly string[]])[]>> = {
  a: [
    ['â', VNI_CIRCUMFLEX_MARKS],
    ['ă', VNI_BREVE_MARKS],
  ],
  e: [['ê', VNI_CIRCUMFLEX_MARKS]],
  o: [['ô', VNI_CIRCUMFLEX_MARKS]],
};

const upper = (s: string): string => s.toUpperCase();

function buildVni(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const add = (vni: string, unicode: string) => {
    map.set(vni, unicode);
    map.set(upper(vni), upper(unicode));
  };
  for (const [vni, unicode] of VNI_SINGLES) add(vni, unicode);
  for (const [key, base] of Object.entries(VNI_BASES)) {
    VNI_TONE_MARKS.forEach((mark, i) => {
      // ỵ has a code point of its own (î), never y + ï
      if (mark !== '' && !(key === 'y' && mark === 'ï')) add(key + mark, compose(base, TONES[i]!));
    });
    for (const [hat, marks] of VNI_HATS[key] ?? [])
      marks.forEach((mark, i) => add(key + mark, compose(hat, TONES[i]!)));
  }
  return map;
}

/** VNI sequence (one or two characters, as Windows-1252 shows them) → Unicode letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = buildVni();

/** Every character a VNI mark can be (lowercase and capital), for a quick test. */
const VNI_MARK_CHARS = new Set(
  [...VNI_TONE_MARKS, ...VNI_CIRCUMFLEX_MARKS, ...VNI_BREVE_MARKS]
    .filter((m) => m !== '')
    .flatMap((m) => [m, upper(m)]),
);

/**
 * Letters of Unicode Vietnamese that no legacy encoding writes (ă, đ, ơ, ư and the letters with a
 * tone outside Latin-1): text holding one was typed in Unicode already, whatever its font says.
 */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** TCVN3 text → Unicode (NFC); `capitals` for an H font, whose every letter shows as a capital. */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  out = out.normalize('NFC');
  return capitals ? out.toUpperCase() : out;
}

/** VNI text → Unicode (NFC). A base letter and the mark after it make one letter; the case is the base's. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (next !== undefined && VNI_MARK_CHARS.has(next)) {
      const pair = VNI_TO_UNICODE.get(ch + next) ?? VNI_TO_UNICODE.get(ch + mirrorCase(ch, next));
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    out += VNI_TO_UNICODE.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/** A mark typed in the other case than its base ("Aù"): read in the base's case. */
function mirrorCase(base: string, mark: string): string {
  return base === base.toUpperCase() ? mark.toUpperCase() : mark.toLowerCase();
}

/**
 * Text in a legacy font → Unicode, or the text itself when it already holds Unicode-only Vietnamese
 * letters (pasted into a cell with an old font) or nothing changes.
 */
export function decodeLegacyText(text: string, font: LegacyFont): string {
  if (UNICODE_VIETNAMESE.test(text)) return text;
  return font.encoding === 'tcvn3' ? decodeTcvn3(text, font.capitals) : decodeVni(text);
}
