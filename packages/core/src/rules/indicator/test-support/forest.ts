/** The pack and the table layout the indicator rules' tests share (seed 004's forest-cover target). */
export const INDICATOR_PACK = {
  id: 'quang-ngai-kl14-2024',
  version: '1.0.0',
  title: 'Kết luận Hội nghị Tỉnh ủy lần thứ 14 — chỉ tiêu năm 2024',
  indicators: [
    {
      id: 'che-phu-rung',
      number: '1',
      title: 'Tỷ lệ che phủ rừng',
      unit: '%',
      targets: [{ period: '2024', op: '>=', value: 52, text: 'đạt 52%' }],
    },
  ],
};

export const INDICATOR_HEADER = [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'Kế hoạch 2024',
  'Thực hiện 2024',
  'Ghi chú',
];

/** One indicator row under the header: plan in D, actual in E. */
export function forestSheet(plan: string | number | null, actual: string | number | null) {
  return {
    'Chỉ tiêu': [INDICATOR_HEADER, [1, 'Tỷ lệ che phủ rừng', '%', plan, actual, null]],
  };
}

/** The period words of the forest sheet's columns ("Kế hoạch 2024", "Thực hiện 2024"). */
export const Y2024 = { vi: 'năm 2024', en: '2024' };
export const YEAR = { vi: 'năm', en: 'year' };
