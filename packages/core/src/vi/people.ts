/**
 * A cell that names a person rather than a unit: an owner column headed "Người phụ trách" or
 * "Cán bộ phụ trách" often holds "Đ/c Hùng - Địa chính", "đồng chí Lan", "Ông Nguyễn Văn Tư". A
 * person is no agency: the pack's list of agencies is not where to look them up.
 */

/**
 * An address of respect before a person's name, then the name, capitalised; "Đ/c" and "đồng chí"
 * also typed without marks ("D/c Hung", "Dong chi Lan"), which no unit's name opens with.
 */
const PERSON =
  /^\s*(?:[ĐđDd]\s*\/\s*[Cc]|[Đđ][Cc]\.|[Đđ]ồng chí|[Dd]ong chi|Ông|ông|Bà|bà)\s+\p{Lu}/u;

/** Whether a text opens by naming a person ("Đ/c Hùng - Địa chính", "Ông Nguyễn Văn Tư"). */
export function namesPerson(text: string): boolean {
  return PERSON.test(text.normalize('NFC'));
}
