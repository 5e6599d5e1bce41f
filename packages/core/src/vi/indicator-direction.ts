/**
 * Which way an indicator should move when neither the directive nor the target says so: the
 * socio-economic indicators every plan wants lower (the poverty rate, unemployment, malnutrition,
 * natural population growth, the share of agriculture as the economy restructures, accidents,
 * crime, overdue files). A figure above a range for one of them ("Tốc độ tăng dân số tự nhiên
 * 0,9 - 1%", 1,1 % done) is unmet, not exceeded.
 *
 * An indicator named as a reduction ("Tỷ lệ giảm hộ nghèo", "Tỷ lệ hộ nghèo giảm") measures how
 * much came off: more is better, so its name says nothing here.
 */
import { foldText } from './text.js';

/** Folded words of indicators that go down, matched on word boundaries. */
const LOWER_IS_BETTER: readonly string[] = [
  'ho ngheo',
  'ho can ngheo',
  'that nghiep',
  'suy dinh duong',
  'tang dan so tu nhien',
  'tang dan so',
  'sinh con thu ba',
  'sinh con thu 3',
  'mat can bang gioi tinh',
  'ty so gioi tinh khi sinh',
  'tu vong',
  'tai nan',
  'toi pham',
  'pham phap',
  // violations and harm counted to be brought down ("Số vụ vi phạm hành chính về đất đai", "Số vụ
  // ngộ độc thực phẩm", "Số ca mắc sốt xuất huyết", "Số vụ tảo hôn", "Đơn thư vượt cấp")
  'vi pham',
  'ngo doc',
  'ca mac',
  'mac moi',
  'tao hon',
  'bao luc gia dinh',
  'vuot cap',
  'mu chu',
  'chua dat chuan',
  'nghien ma tuy',
  'no xau',
  'no dong',
  'bo hoc',
  'lam phat',
  'o nhiem',
  'chay rung',
  'thiet hai',
  'ton dong',
  'tre han',
  'qua han',
  'nha tam',
  'dot nat',
  'ty trong nong nghiep',
  'ty trong nong, lam nghiep',
  'ty trong nong lam nghiep',
  'ty trong nganh nong nghiep',
  'lao dong nong nghiep',
  'lao dong trong nong nghiep',
];

const PATTERN = new RegExp(
  `(?:^|[^a-z0-9])(?:${LOWER_IS_BETTER.map((w) => w.replace(/[,]/g, ',?').replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`,
);
/** A reduction named as such: "giảm", "kéo giảm". */
const REDUCTION = /(?:^|[^a-z0-9])giam(?![a-z0-9])/;
/** Late or overdue work. */
const LATE = /(?:^|[^a-z0-9])(?:tre han|qua han)(?![a-z0-9])/;
/**
 * Work done for or about them, which more of is better: "Số hộ nghèo được hỗ trợ xây dựng nhà ở",
 * "Số hộ thoát nghèo", "Tỷ lệ vụ phạm pháp hình sự được điều tra làm rõ", "Số người nghiện được
 * cai nghiện", "Số vụ cháy rừng được phát hiện kịp thời". Money lent to them ("Cho vay hộ nghèo",
 * "Dư nợ tín dụng hộ cận nghèo", "Doanh số cho vay hộ nghèo") and the cases of crime a procuracy or a
 * court settles ("Tỷ lệ giải quyết tố giác, tin báo về tội phạm", "Tỷ lệ truy tố đúng tội danh")
 * are work on them as well, and so is what is dealt with, removed or repaired: "Xử lý điểm đen,
 * điểm tiềm ẩn tai nạn giao thông", "Xóa nhà tạm, nhà dột nát", "Số vụ vi phạm bị xử phạt", "Triệt
 * phá đường dây tội phạm", "Thu hồi nợ xấu", "Sửa chữa, cải tạo nhà dột nát".
 */
const WORK_ON_THEM =
  /(?:^|[^a-z0-9])(?:duoc|ho tro|thoat ngheo|khac phuc|kham pha|dieu tra|phat hien|cai nghien|cho vay|vay von|tin dung|giai quyet|truy to|xet xu|xu ly|xu phat|xoa|triet pha|triet xoa|bat giu|thu hoi|ngan chan|sua chua|cai tao)(?![a-z0-9])/;

/** True when an indicator of this name should go down; undefined when the name does not say. */
export function lowerIsBetterByName(title: string): true | undefined {
  const folded = foldText(title);
  if (REDUCTION.test(folded)) return undefined;
  // files handled late stay late, whatever the verb ("hồ sơ được giải quyết trễ hạn")
  if (LATE.test(folded)) return true;
  if (WORK_ON_THEM.test(folded)) return undefined;
  return PATTERN.test(folded) ? true : undefined;
}
