import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacyText,
  decodeTcvn3,
  decodeVni,
  legacyFont,
  TCVN3_TO_UNICODE,
  VNI_TO_UNICODE,
} from './legacy-encodings.js';

describe('legacyFont', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArial', 'tcvn3', false],
    ['.VnArialH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['.VnArial Narrow', 'tcvn3', false],
    ['.VnCentury Schoolbook', 'tcvn3', false],
    ['.VnHelvetInsH', 'tcvn3', true],
    [' .VnTime ', 'tcvn3', false],
    ['VNI-Times', 'vni', false],
    ['VNI-Helve', 'vni', false],
    ['VNI-Helve-Condense', 'vni', false],
    ['VNI Aptima', 'vni', false],
  ])('%j is a %s font (capitals: %s)', (name, encoding, capitals) => {
    expect(legacyFont(name)).toMatchObject({ encoding, capitals });
  });

  it.each(['Times New Roman', 'Arial', 'Calibri', 'Vni', 'VnTime', '.Vn', undefined])(
    '%j is not a legacy font',
    (name) => {
      expect(legacyFont(name)).toBeUndefined();
    },
  );
});

describe('decodeTcvn3', () => {
  it.each([
    ['§· hoµn thµnh', 'Đã hoàn thành'],
    ['Ch\u00ada hoµn thµnh', 'Chưa hoàn thành'],
    ['§ang thùc hiÖn', 'Đang thực hiện'],
    ['Qu¸ h¹n', 'Quá hạn'],
    ['Tªn nhiÖm vô', 'Tên nhiệm vụ'],
    ['Thêi h¹n hoµn thµnh', 'Thời hạn hoàn thành'],
    ['Ngµy hoµn thµnh thùc tÕ', 'Ngày hoàn thành thực tế'],
    ['§¬n vÞ chñ tr×', 'Đơn vị chủ trì'],
    ['UBND x· §øc Thä', 'UBND xã Đức Thọ'],
    ['Së Tµi chÝnh tØnh Qu¶ng TrÞ', 'Sở Tài chính tỉnh Quảng Trị'],
    ['Phßng Gi¸o dôc vµ §µo t¹o', 'Phòng Giáo dục và Đào tạo'],
    ['B¸o c¸o kÕt qu¶ 6 th¸ng ®Çu n¨m 2024', 'Báo cáo kết quả 6 tháng đầu năm 2024'],
    ['Ng\u00adêi lËp biÓu', 'Người lập biểu'],
    ['¡n ¢m £m ¤ng ¥n ¦ng', 'Ăn Âm Êm Ông Ơn Ưng'],
  ])('%j reads %j', (tcvn3, unicode) => {
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
  });

  it.each([
    ['danh môc nhiÖm vô', 'DANH MỤC NHIỆM VỤ'],
    ['§¬n vÞ chñ tr×', 'ĐƠN VỊ CHỦ TRÌ'],
    ['thêi h¹n hoµn thµnh', 'THỜI HẠN HOÀN THÀNH'],
    ['uû ban nh©n d©n huyÖn', 'UỶ BAN NHÂN DÂN HUYỆN'],
  ])('%j in a capitals (H) font reads %j', (tcvn3, unicode) => {
    expect(decodeTcvn3(tcvn3, true)).toBe(unicode);
  });
});

describe('decodeVni', () => {
  it.each([
    ['Ñaõ hoaøn thaønh', 'Đã hoàn thành'],
    ['Chöa hoaøn thaønh', 'Chưa hoàn thành'],
    ['ÑANG THÖÏC HIEÄN', 'ĐANG THỰC HIỆN'],
    ['Quaù haïn', 'Quá hạn'],
    ['Teân nhieäm vuï', 'Tên nhiệm vụ'],
    ['Thôøi haïn hoaøn thaønh', 'Thời hạn hoàn thành'],
    ['Ngaøy hoaøn thaønh thöïc teá', 'Ngày hoàn thành thực tế'],
    ['UBND xaõ Ñöùc Thoï', 'UBND xã Đức Thọ'],
    ['Sôû Taøi chính', 'Sở Tài chính'],
    ['Huyeän Ñöùc Thoï, tænh Haø Tónh', 'Huyện Đức Thọ, tỉnh Hà Tĩnh'],
    ['Kyø baùo caùo', 'Kỳ báo cáo'],
    ['Ngöôøi laäp bieåu', 'Người lập biểu'],
    ['Ñaêng kyù, thaåm ñònh', 'Đăng ký, thẩm định'],
    ['Aên uoáng, aém naéng', 'Ăn uống, ắm nắng'],
    ['Hoäi Cöïu chieán binh', 'Hội Cựu chiến binh'],
  ])('%j reads %j', (vni, unicode) => {
    expect(decodeVni(vni)).toBe(unicode);
  });
});

describe('decodeLegacyText', () => {
  const vnTime = legacyFont('.VnTime')!;
  it('leaves text that already holds Unicode-only Vietnamese letters as it is', () => {
    expect(decodeLegacyText('Đã hoàn thành', vnTime)).toBe('Đã hoàn thành');
    expect(decodeLegacyText('Chưa thực hiện', legacyFont('VNI-Times')!)).toBe('Chưa thực hiện');
  });
  it('reads plain ASCII as it is', () => {
    expect(decodeLegacyText('UBND 2024', vnTime)).toBe('UBND 2024');
  });
});

/**
 * A public converter's tables, transcribed to check ours character by character: the UNICODE, VNI
 * and TCVN3 arrays of duydev/vietnamese-conversion, src/charsets.ts (MIT; commit 46413a05), in their
 * order. Its TCVN3 capitals with a tone are written as a capital base and the lowercase toned letter
 * ("A¸" for "Á"), its stand-in for what a non-H font lacks: the second letter is the capitals (H)
 * font's code for the capital, checked as such.
 */
const REFERENCE_UNICODE =
  'À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý à á â ã è é ê ì í ò ó ô õ ù ú ý Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư Ạ ạ Ả ả Ấ ấ Ầ ầ Ẩ ẩ Ẫ ẫ Ậ ậ Ắ ắ Ằ ằ Ẳ ẳ Ẵ ẵ Ặ ặ Ẹ ẹ Ẻ ẻ Ẽ ẽ Ế ế Ề ề Ể ể Ễ ễ Ệ ệ Ỉ ỉ Ị ị Ọ ọ Ỏ ỏ Ố ố Ồ ồ Ổ ổ Ỗ ỗ Ộ ộ Ớ ớ Ờ ờ Ở ở Ỡ ỡ Ợ ợ Ụ ụ Ủ ủ Ứ ứ Ừ ừ Ử ử Ữ ữ Ự ự Ỳ ỳ Ỵ ỵ Ỷ ỷ Ỹ ỹ'.split(
    ' ',
  );
const REFERENCE_VNI =
  'AØ AÙ AÂ AÕ EØ EÙ EÂ Ì Í OØ OÙ OÂ OÕ UØ UÙ YÙ aø aù aâ aõ eø eù eâ ì í oø où oâ oõ uø uù yù AÊ aê Ñ ñ Ó ó UÕ uõ Ô ô Ö ö AÏ aï AÛ aû AÁ aá AÀ aà AÅ aå AÃ aã AÄ aä AÉ aé AÈ aè AÚ aú AÜ aü AË aë EÏ eï EÛ eû EÕ eõ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä Æ æ Ò ò OÏ oï OÛ oû OÁ oá OÀ oà OÅ oå OÃ oã OÄ oä ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï UÏ uï UÛ uû ÖÙ öù ÖØ öø ÖÛ öû ÖÕ öõ ÖÏ öï YØ yø Î î YÛ yû YÕ yõ'.split(
    ' ',
  );
const REFERENCE_TCVN3 =
  'Aµ A¸ ¢ A· EÌ EÐ £ I× IÝ Oß Oã ¤ Oâ Uï Uó Yý µ ¸ © · Ì Ð ª × Ý ß ã « â ï ó ý ¡ ¨ § ® IÜ Ü Uò ò ¥ ¬ ¦ \u00ad A¹ ¹ A¶ ¶ ¢Ê Ê ¢Ç Ç ¢È È ¢É É ¢Ë Ë ¡¾ ¾ ¡» » ¡¼ ¼ ¡½ ½ ¡Æ Æ EÑ Ñ EÎ Î EÏ Ï £Õ Õ £Ò Ò £Ó Ó £Ô Ô £Ö Ö IØ Ø IÞ Þ Oä ä Oá á ¤è è ¤å å ¤æ æ ¤ç ç ¤é é ¥í í ¥ê ê ¥ë ë ¥ì ì ¥î î Uô ô Uñ ñ ¦ø ø ¦õ õ ¦ö ö ¦÷ ÷ ¦ù ù Yú ú Yþ þ Yû û Yü ü'.split(
    ' ',
  );

describe('the tables against a public converter', () => {
  it('has the reference lists aligned', () => {
    expect(REFERENCE_UNICODE).toHaveLength(134);
    expect(REFERENCE_VNI).toHaveLength(134);
    expect(REFERENCE_TCVN3).toHaveLength(134);
  });

  it('reads every VNI letter of the reference as the reference does, and has no other', () => {
    REFERENCE_UNICODE.forEach((unicode, i) => {
      expect([REFERENCE_VNI[i], decodeVni(REFERENCE_VNI[i]!)]).toEqual([REFERENCE_VNI[i], unicode]);
    });
    const referenced = new Set(REFERENCE_VNI);
    expect([...VNI_TO_UNICODE.keys()].filter((k) => !referenced.has(k))).toEqual([]);
    expect(VNI_TO_UNICODE.size).toBe(134);
  });

  it('reads every TCVN3 letter of the reference as the reference does, and has no other', () => {
    const singles = new Set<string>();
    REFERENCE_UNICODE.forEach((unicode, i) => {
      const code = REFERENCE_TCVN3[i]!;
      if ([...code].length === 1) {
        singles.add(code);
        expect([code, decodeTcvn3(code)]).toEqual([code, unicode]);
      } else {
        // a capital with a tone: the toned lowercase code, shown by the H font as the capital
        expect([code, decodeTcvn3(code.slice(1), true)]).toEqual([code, unicode]);
      }
    });
    expect([...TCVN3_TO_UNICODE.keys()].filter((k) => !singles.has(k))).toEqual([]);
    expect(TCVN3_TO_UNICODE.size).toBe(singles.size);
  });
});

/** The inverse of a table, for the round trip: Unicode letter → legacy code. */
function inverse(table: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...table].map(([code, letter]) => [letter, code]));
}
const encode = (text: string, table: Map<string, string>) =>
  [...text].map((ch) => table.get(ch) ?? ch).join('');

const LOWER = [...new Set(REFERENCE_UNICODE.map((l) => l.toLowerCase()))];
const ASCII = [...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 .,:;-/()%"'];

describe('round trip: any Unicode Vietnamese text, encoded, reads back', () => {
  it('VNI, lowercase and capitals', () => {
    const toVni = inverse(VNI_TO_UNICODE);
    const letters = [...ASCII, ...REFERENCE_UNICODE];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(decodeVni(encode(text, toVni))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('TCVN3: lowercase and the seven capitals of a normal font', () => {
    const toTcvn3 = inverse(TCVN3_TO_UNICODE);
    const letters = [...ASCII, ...LOWER, ...'ĂÂÊÔƠƯĐ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(decodeTcvn3(encode(text, toTcvn3))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('TCVN3 capitals (H) font: typed in lowercase codes, read as capitals', () => {
    const toTcvn3 = inverse(TCVN3_TO_UNICODE);
    const letters = [...ASCII, ...LOWER];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(decodeTcvn3(encode(text, toTcvn3), true)).toBe(text.toUpperCase());
      }),
      { numRuns: 500 },
    );
  });
});
