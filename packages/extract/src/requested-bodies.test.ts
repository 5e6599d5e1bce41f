/**
 * The bodies a request names ("UBND tỉnh yêu cầu các sở, ngành, … theo chức năng, nhiệm vụ tiến
 * hành rà soát, báo cáo …") send the report a later paragraph times ("Báo cáo gửi về … chậm nhất
 * …"): read up to their first verb, by the same subject reader as every other sender. Sentences
 * written for these tests after a provincial portal's item (Đắk Nông, 2020), not lines of a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';

const reports = (text: string) =>
  extractDirective(text)
    .items.filter((i) => i.kind === 'report')
    .map(({ from, to, via, due }) => ({ from, to, via, due }));

describe('the bodies a request names send the report a later paragraph times', () => {
  it.each([
    [
      'a qualifier and a verb the old list lacked ("theo chức năng, nhiệm vụ tiến hành")',
      "UBND tỉnh yêu cầu các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố theo chức năng, nhiệm vụ tiến hành rà soát đánh giá, báo cáo kết quả thực hiện công tác phòng, chống dịch của đơn vị, địa phương.\n\nBáo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) chậm nhất 10h00' ngày 27/4/2026.",
      'các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố',
    ],
    [
      'an adverb before the verb ("khẩn trương rà soát")',
      'Ủy ban nhân dân huyện yêu cầu các xã, thị trấn khẩn trương rà soát, thống kê số hộ bị thiệt hại.\n\nBáo cáo gửi về Ủy ban nhân dân huyện (qua Phòng Nông nghiệp) trước 16h00 ngày 12/9/2026.',
      'các xã, thị trấn',
    ],
  ])('%s', (_, text, from) => {
    const found = reports(text);
    // one report: the request and the paragraph that times it are the same duty
    expect(found).toHaveLength(1);
    expect(found[0]!.from).toBe(from);
    expect(found[0]!.due).not.toBeNull();
  });
});
