import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowStructure } from './sub-rows.js';

describe('rowStructure', () => {
  it.each([
    ['12', 'Tỷ lệ trường đạt chuẩn quốc gia', false, 'Tỷ lệ trường đạt chuẩn quốc gia'],
    ['', '- Trường mầm non', true, 'Trường mầm non'],
    ['', '+ Trường tiểu học', true, 'Trường tiểu học'],
    ['', '- Trong đó: công nghiệp - xây dựng', true, 'công nghiệp - xây dựng'],
    [
      '',
      'Trong đó: Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
      true,
      'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
    ],
    ['', 'a) Trường trung học cơ sở', true, 'Trường trung học cơ sở'],
    ['', 'b. Trường trung học phổ thông', true, 'Trường trung học phổ thông'],
    ['a', 'Trường mầm non', true, 'Trường mầm non'],
    ['b)', 'Trường tiểu học', true, 'Trường tiểu học'],
    [
      '-',
      'Giảm tỷ lệ hộ nghèo tại các huyện nghèo',
      true,
      'Giảm tỷ lệ hộ nghèo tại các huyện nghèo',
    ],
    ['', '    Trường mầm non', true, 'Trường mầm non'],
    ['', 'Trong đó:', true, ''],
    // a line break typed inside the title, spaces typed twice
    ['', 'Trong đó:\nTrường mầm non', true, 'Trường mầm non'],
    ['', 'Trong\nđó:  hộ cận nghèo', true, 'hộ cận nghèo'],
    [
      '3',
      'Tỷ trọng công nghiệp - xây dựng, dịch vụ trong GRDP',
      false,
      'Tỷ trọng công nghiệp - xây dựng, dịch vụ trong GRDP',
    ],
    ['1.2', 'Thu ngân sách', false, 'Thu ngân sách'],
    ['I', 'Nhóm chỉ tiêu về kinh tế', false, 'Nhóm chỉ tiêu về kinh tế'],
  ] as const)('%j | %j → sub %s', (index, title, sub, clean) => {
    const s = rowStructure(index, title);
    expect(s.sub).toBe(sub);
    expect(s.title).toBe(clean);
  });

  it('marks "Trong đó:" alone as a label row', () => {
    expect(rowStructure('', 'Trong đó:').labelOnly).toBe(true);
    expect(rowStructure('', '- Trường mầm non').labelOnly).toBe(false);
  });

  it('never keeps a mark in the title it returns (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('- ', '+ ', '• ', 'a) ', 'Trong đó: ', '- Trong đó: '),
        fc.constantFrom('Trường mầm non', 'Công nghiệp - xây dựng', 'Tỷ lệ hộ nghèo'),
        (mark, title) => {
          const s = rowStructure('', mark + title);
          expect(s).toEqual({ sub: true, title, labelOnly: false });
        },
      ),
    );
  });
});
