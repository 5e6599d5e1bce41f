/**
 * The lead body a duty names after its work ("…, Sở Tài chính chủ trì, hoàn thành trước …",
 * "…; cơ quan chủ trì: Sở Y tế; …", "…, đơn vị chủ trì là …") is the deadline's owner. Sentences
 * written for these tests, not lines of a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { leadNamedAfter } from './owners.js';

const deadlinesOf = (text: string): Array<{ owner: string | null; due: string | null }> =>
  extractDirective(text)
    .items.filter((i) => i.kind === 'deadline')
    .map((i) => ({ owner: i.owner, due: i.due }));

describe('the lead body named after the work', () => {
  it.each<[string, string, string]>([
    [
      'Điều tra, đánh giá hiện trạng sạt lở bờ sông trên địa bàn huyện, Phòng Nông nghiệp và Môi trường chủ trì, hoàn thành trước ngày 30/4/2026.',
      'Phòng Nông nghiệp và Môi trường',
      '2026-04-29',
    ],
    [
      'Rà soát danh mục thủ tục hành chính thực hiện trực tuyến toàn trình, Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ngành, hoàn thành trong quý II/2026.',
      'Văn phòng UBND tỉnh',
      '2026-06-30',
    ],
    [
      'Xây dựng cơ sở dữ liệu về đất đai cấp huyện; cơ quan chủ trì: Văn phòng Đăng ký đất đai; thời hạn: tháng 11/2026.',
      'Văn phòng Đăng ký đất đai',
      '2026-11-30',
    ],
    [
      'Tổ chức diễn tập phòng cháy, chữa cháy tại chợ trung tâm, đơn vị chủ trì là Công an huyện, thời gian hoàn thành: trước ngày 15/8/2026.',
      'Công an huyện',
      '2026-08-14',
    ],
  ])('%s', (text, owner, due) => {
    expect(deadlinesOf(text)).toEqual([{ owner, due }]);
  });

  it('a subject before the work stays the owner', () => {
    expect(
      deadlinesOf(
        'Sở Xây dựng hướng dẫn các huyện lập quy hoạch chung xã, Sở Tài chính phối hợp, hoàn thành trước ngày 30/9/2026.',
      ),
    ).toEqual([{ owner: 'Sở Xây dựng', due: '2026-09-29' }]);
  });

  it.each([
    // a body that only takes part is no lead
    'Lập danh sách hộ nghèo, Sở Lao động phối hợp, hoàn thành trước ngày 30/6/2026.',
    // "chủ trì" as the work of a meeting, no body named before it
    'Lãnh đạo tỉnh chủ trì hội nghị tổng kết vào tháng 12/2026.',
  ])('no lead named after the work: %s', (text) => {
    expect(leadNamedAfter(text)).toBeNull();
  });
});
