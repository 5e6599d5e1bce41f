import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineListCuts, originalSpan, prepareText, splitSentences, wrapWidth } from './prepare.js';

const SEEDS = new URL('../../../docs/sources/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');

describe('prepareText', () => {
  it.each([
    // bold markers inside a deadline
    ['trước ngày **20/5/2024**.', 'trước ngày 20/5/2024.'],
    // a paragraph broken by a page break continues in lower case
    [
      'Bảo đảm số lượng tàu cá\n\nvà cường lực khai thác',
      'Bảo đảm số lượng tàu cá và cường lực khai thác',
    ],
    // a document number split over a page: no space
    ['Nghị quyết số 08-\n\nNQ/TU; Chương trình', 'Nghị quyết số 08-NQ/TU; Chương trình'],
    // footnote markers and a footnote body between the two halves of a paragraph
    [
      'vượt kế hoạch¹; tăng 3,03%². Hoạt\n\n¹ Trong đó, có 13 chỉ tiêu.\n\nđộng đối ngoại',
      'vượt kế hoạch; tăng 3,03%. Hoạt động đối ngoại',
    ],
    // a lone page number and a blank line with a space
    ['kế hoạch diễn\n\n 12\n \ntập đồi với các huyện', 'kế hoạch diễn tập đồi với các huyện'],
    // a heading glued by a bold marker
    ['KẾT LUẬN**CỦA HỘI NGHỊ TỈNH ỦY', 'KẾT LUẬN CỦA HỘI NGHỊ TỈNH ỦY'],
  ])('cleans %j', (input, clean) => {
    const blocks = prepareText(input).blocks.filter((b) => b.kind !== 'footnote');
    expect(blocks[0]?.text).toBe(clean);
  });

  it('keeps a footnote body as its own block', () => {
    const p = prepareText(
      'tăng 3,03%². Hoạt\n\n² Kế hoạch đề ra là từ -3,5% đến -3%.\n\nđộng đối ngoại',
    );
    expect(p.blocks.map((b) => b.kind)).toEqual(['paragraph', 'footnote']);
  });

  it.each([
    ['1. Ủy ban nhân dân huyện', 'heading', 'arabic', '1'],
    ['V. TỔ CHỨC THỰC HIỆN', 'heading', 'roman', 'V'],
    ['I- TÌNH HÌNH VÀ NGUYÊN NHÂN', 'heading', 'roman', 'I'],
    ['1.1. Tiếp tục đổi mới phương thức lãnh đạo', 'heading', 'decimal', '1.1'],
    ['- (12) Có ít nhất 57,97% trường mầm non;', 'item', 'bullet', '12'],
    ['2. Cấp cơ sở: Quán triệt học tập hoàn thành trước ngày 25/6/2024.', 'item', 'arabic', '2'],
    ['C. TỔ CHỨC THỰC HIỆN', 'heading', 'upper', 'C'],
  ])('reads the marker of %j', (text, kind, type, label) => {
    const [b] = prepareText(text).blocks;
    expect([b?.kind, b?.markerType, b?.label]).toEqual([kind, type, label]);
  });

  it.each([
    '001_2e79d0e49d538470.txt',
    '002_b78420045af7397d.txt',
    '003_238ef3c35850272d.txt',
    '004_3d0b40d64c084379.txt',
  ])('maps every clean character of %s back to the same character of the original', (name) => {
    const original = seed(name);
    for (const block of prepareText(original).blocks) {
      for (let i = 0; i < block.text.length; i += 1) {
        const ch = block.text[i] ?? '';
        if (ch === ' ') continue;
        expect(original[block.map[i] ?? -1]).toBe(ch);
      }
    }
  });

  it('splits sentences without breaking numbers, dates or abbreviations', () => {
    const [b] = prepareText(
      'Tổng sản phẩm ước đạt 59.169 tỷ đồng, tăng 3,03%. Ngày 01.8.2019 tại TP. Hồ Chí Minh. Xong.',
    ).blocks;
    expect(b && splitSentences(b).map((s) => s.text)).toEqual([
      'Tổng sản phẩm ước đạt 59.169 tỷ đồng, tăng 3,03%.',
      'Ngày 01.8.2019 tại TP. Hồ Chí Minh.',
      'Xong.',
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'numbered items glued after a colon and after a sentence end lose their markers',
      'Các chỉ tiêu năm 2027: 1. Tốc độ tăng trưởng đạt 8%.2. Tỷ lệ che phủ rừng 52%;3. Tạo việc làm.',
      [
        'Các chỉ tiêu năm 2027:',
        'Tốc độ tăng trưởng đạt 8%.',
        'Tỷ lệ che phủ rừng 52%;',
        'Tạo việc làm.',
      ],
    ],
    [
      'a dotted date and a count before a capital are no markers',
      'Hạn chót ngày 15.10. Các xã báo cáo. Có 2. Không.',
      ['Hạn chót ngày 15.10.', 'Các xã báo cáo.', 'Có 2.', 'Không.'],
    ],
  ])('glued list items: %s', (_, text, expected) => {
    const [b] = prepareText(text).blocks;
    expect(b && splitSentences(b).map((s) => s.text)).toEqual(expected);
  });

  it('gives spans whose original text, cleaned, is the clean text (property)', () => {
    const word = fc.constantFrom(
      'Ban',
      'Tuyên',
      'giáo',
      'huyện',
      'trước',
      'ngày',
      '20/5/2024',
      'đạt',
      '84,3%',
      'ủy',
    );
    const piece = fc.oneof(
      word,
      word.map((w) => `**${w}**`),
      word.map((w) => `${w}¹`),
      fc.constant('\n'),
      fc.constant('\n\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const original = pieces.join(' ');
        for (const block of prepareText(original).blocks) {
          const [s, e] = originalSpan(block, 0, block.text.length);
          const again = original.slice(s, e).replace(/[*¹]/g, '').replace(/\s+/g, ' ').trim();
          expect(again).toBe(block.text);
        }
      }),
    );
  });

  describe('a list written inside one line (a page that lost its line breaks)', () => {
    const blocksOf = (text: string) => prepareText(text).blocks.map((b) => b.text);

    it.each<[string, string, string[]]>([
      [
        'numbered items after a heading in capitals, with their sections',
        'CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 I. Về kinh tế 1. Tốc độ tăng trưởng bình quân đạt 9%. 2. Thu nhập bình quân đầu người đạt 80 triệu đồng. II. Về xã hội 3. Tỷ lệ hộ nghèo giảm còn dưới 1%.',
        [
          'CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030',
          'I. Về kinh tế',
          '1. Tốc độ tăng trưởng bình quân đạt 9%.',
          '2. Thu nhập bình quân đầu người đạt 80 triệu đồng.',
          'II. Về xã hội',
          '3. Tỷ lệ hộ nghèo giảm còn dưới 1%.',
        ],
      ],
      [
        'lettered items after a lead-in',
        'Giao các cơ quan thực hiện: a) Phòng Nội vụ rà soát biên chế trước ngày 15/6/2025; b) Phòng Tài chính - Kế hoạch thẩm định dự toán.',
        [
          'Giao các cơ quan thực hiện:',
          'a) Phòng Nội vụ rà soát biên chế trước ngày 15/6/2025;',
          'b) Phòng Tài chính - Kế hoạch thẩm định dự toán.',
        ],
      ],
    ])('%s', (_, line, blocks) => {
      expect(blocksOf(line)).toEqual(blocks);
    });

    it.each([
      'Theo Điều 3. Quy định chung, các xã báo cáo trước ngày 20 hằng tháng.',
      'Sản lượng tăng 2. Trong đó lúa tăng 1,5 nghìn tấn.',
      'Xếp hạng 1. Huyện Tân Hòa; hạng 2. Huyện Kỳ Sơn.',
      'Nghị quyết 12. Kế hoạch 5. Thông báo 7. Các văn bản đã ban hành đúng hạn.',
    ])('leaves a line with no list counting on from 1 whole: %s', (line) => {
      expect(inlineListCuts(line)).toEqual([]);
    });

    it('cuts only before a marker of a run, never inside a word or a number (property)', () => {
      const item = fc
        .tuple(
          fc.constantFrom('Tỷ lệ hộ nghèo', 'Thu ngân sách', 'Trồng mới rừng', 'Tổ chức hội nghị'),
          fc.constantFrom('giảm còn 2,5%', 'đạt 1.250 tỷ đồng', 'năm 2025', 'trước ngày 30/6'),
        )
        .map(([a, b]) => `${a} ${b}.`);
      fc.assert(
        fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
          const line = items.map((t, k) => `${k + 1}. ${t}`).join(' ');
          const cuts = inlineListCuts(line);
          if (items.length < 3) expect(cuts).toEqual([]);
          else
            expect(cuts.map((c) => line.slice(c, c + 3))).toEqual(
              items.slice(1).map((_, k) => `${k + 2}. `.slice(0, 3)),
            );
        }),
      );
    });
  });
});

describe('a text hard-wrapped as a PDF copies it', () => {
  // a plan's paragraphs cut at about 78 characters, as copied from a PDF: the cut falls before
  // bodies' names, which open with capitals
  const wrapped = [
    'KẾ HOẠCH',
    'Triển khai chuyển đổi số trên địa bàn huyện năm 2026',
    '',
    '1. Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Văn phòng HĐND và',
    'UBND huyện xây dựng kho dữ liệu dùng chung của huyện, hoàn thành trước ngày',
    '30/9/2026; định kỳ hằng quý tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và',
    'Sở Khoa học và Công nghệ trước ngày 15 của tháng cuối quý.',
    '2. Ủy ban nhân dân các xã, thị trấn rà soát, cập nhật dữ liệu dân cư, đất đai lên',
    'Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; tổng hợp vướng mắc gửi',
    'Phòng Văn hóa, Khoa học và Thông tin trước ngày 20/10/2026 để tổng hợp, báo cáo',
    'Chủ tịch Ủy ban nhân dân huyện xem xét, chỉ đạo.',
  ].join('\n');

  it('reads the width the lines were cut at', () => {
    const lines = wrapped.split('\n').map((text) => ({ text }));
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(78);
    expect(wrapWidth(lines)).toBeLessThanOrEqual(82);
  });

  it("joins a line opening with a body's name to the sentence cut above it", () => {
    const blocks = prepareText(wrapped).blocks.map((b) => b.text);
    expect(blocks).toContain(
      '1. Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện xây dựng kho dữ liệu dùng chung của huyện, hoàn thành trước ngày 30/9/2026; định kỳ hằng quý tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Khoa học và Công nghệ trước ngày 15 của tháng cuối quý.',
    );
    expect(blocks.filter((b) => b.startsWith('2. '))).toHaveLength(1);
    expect(blocks.find((b) => b.startsWith('2. '))).toMatch(/xem xét, chỉ đạo\.$/u);
    // the title's two lines stay apart from the list: short, or ended on purpose
    expect(blocks.slice(0, 2)).toEqual([
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số trên địa bàn huyện năm 2026',
    ]);
  });

  it('keeps apart lines typed one paragraph each, headings without a full stop among them', () => {
    const typed = [
      'Một số văn bản chỉ đạo về phòng, chống thiên tai trong tuần (phần 3)',
      '1. UBND tỉnh: Công văn số 2410/UBND-KT ngày 02/10/2026 về ứng phó áp thấp nhiệt đới',
      'UBND tỉnh yêu cầu các huyện ven biển hoàn thành di dời dân trước 17 giờ ngày 03/10/2026.',
      '2. Sở Nông nghiệp và Môi trường: Công văn số 912/SNNMT-TL ngày 05/10/2026 về an toàn hồ',
      'Sở đề nghị các đơn vị khai thác thủy lợi kiểm tra hồ chứa, gửi kết quả trước ngày 08/10/2026.',
      '3. Ban Chỉ huy phòng thủ dân sự tỉnh: Thông báo số 51/TB-BCH ngày 06/10/2026',
      'Các xã, phường thống kê thiệt hại, gửi Ban Chỉ huy trước ngày 12/10/2026.',
    ].join('\n');
    expect(wrapWidth(typed.split('\n').map((text) => ({ text })))).toBeUndefined();
    expect(prepareText(typed).blocks).toHaveLength(7);
  });
});
