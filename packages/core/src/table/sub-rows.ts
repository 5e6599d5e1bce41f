/**
 * Sub-rows by structure: a row marked "-", "+", "•", "a)", "b.", "Trong đó:", or indented, belongs
 * to the numbered row above it ("12 | Tỷ lệ trường đạt chuẩn quốc gia" then "- Trường mầm non").
 * The mark may sit in the title ("- Trong đó: công nghiệp - xây dựng") or in the number column
 * ("a" | "Trường tiểu học"). A sub-row is matched only among its parent's parts.
 */

import { normalizeText } from '../vi/text.js';

export interface RowStructure {
  /** The row belongs to the numbered row above it. */
  readonly sub: boolean;
  /** The title without its mark: "Trường mầm non" for "- Trường mầm non". */
  readonly title: string;
  /** A label row that only opens the sub-rows ("Trong đó:", "Bao gồm:"), with no name of its own. */
  readonly labelOnly: boolean;
}

/** "-", "+", "–", "—", "•", "*", "a)", "b.", "c/" at the start of a title. */
const TITLE_MARK = /^(?:[-+–—•*∙·]|[a-zđ][).](?=\s)|[a-zđ]\/(?=\s))\s*/u;
/** "Trong đó", "Bao gồm", "Gồm", "Chia ra", "Cụ thể" with an optional colon. */
const OPENER = /^(?:trong đó|bao gồm|gồm|chia ra|cụ thể|riêng)\s*[:,]?\s*/iu;
/** A sub-item number: "-", "+", "a", "b)", "a.", "•". */
const INDEX_MARK = /^(?:[-+–—•*]|[a-zđ][).]?)$/u;

export function rowStructure(indexText: string, titleText: string): RowStructure {
  const index = indexText.trim();
  const raw = titleText.normalize('NFC');
  const indented = /^\s{2,}\S/.test(raw);
  // a line break typed inside the title ("Trong đó:" above the name) is a space
  let title = normalizeText(raw);
  let sub = indented || (index !== '' && INDEX_MARK.test(index));
  for (let i = 0; i < 3; i++) {
    const mark = TITLE_MARK.exec(title);
    const opener = OPENER.exec(title);
    if (mark && mark[0] !== '') {
      title = title.slice(mark[0].length);
      sub = true;
    } else if (opener && opener[0] !== '') {
      title = title.slice(opener[0].length);
      sub = true;
    } else break;
  }
  return { sub, title, labelOnly: sub && title === '' };
}
