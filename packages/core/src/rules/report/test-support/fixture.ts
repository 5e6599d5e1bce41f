/**
 * The pack, log sheet and message data the report rules' tests share: one duty of the seed-001 plan
 * (the district Front committee reports "trước ngày 30/6/2024") and a received-reports log.
 */

export const PACK = {
  id: 'quan-triet-ct32',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  agencies: [
    { id: 'ubmttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', aliases: ['UBMTTQ huyện'] },
  ],
  reports: [
    {
      id: 'bc-quan-triet',
      title: 'Báo cáo kết quả quán triệt',
      from: ['ubmttq'],
      due: 'trước ngày 30/6/2024',
    },
  ],
};

export const LOG = ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận', 'Ghi chú'];

/** A log with the Front committee's report received on `received` (null: not received). */
export const log = <Received>(received: Received, note: string | null = null) => ({
  'Sổ nhận báo cáo': [LOG, [1, 'UBMTTQ huyện', 'Báo cáo kết quả quán triệt', null, received, note]],
});

/** The message values every report rule fills for that duty. */
export const duty = {
  unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
  what: {
    vi: 'báo cáo "Báo cáo kết quả quán triệt"',
    en: 'report "Báo cáo kết quả quán triệt"',
  },
  due: { vi: '29/06/2024', en: '2024-06-29' },
};

/** The deadline as the pack words it, quoted by the rules that judge a received date. */
export const dueText = 'trước ngày 30/6/2024';
