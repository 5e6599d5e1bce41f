/**
 * Some values a check writes carry both languages in one text ("chưa hoàn thành / not completed",
 * "hoàn thành 04/06/2024 / completed 2024-06-04"). An output in one language shows its half; a
 * value copied from a workbook ("Đang thực hiện / chờ ý kiến", "50 / 100") is shown as written.
 */
import type { Lang } from './input.js';

/** The half of a checker-written "tiếng Việt / English" text in `lang`; any other text as it is. */
export function inLanguage(text: string, lang: Lang): string {
  const cut = text.lastIndexOf(' / ');
  if (cut < 0) return text;
  const vi = text.slice(0, cut);
  const en = text.slice(cut + 3);
  // The English half is plain ASCII with a word in it; the Vietnamese half has a Vietnamese letter.
  const isPair = /^[\x20-\x7e]+$/.test(en) && /[a-z]{3,}/i.test(en) && /[^\x20-\x7e]/.test(vi);
  if (!isPair) return text;
  return lang === 'vi' ? vi : en;
}
