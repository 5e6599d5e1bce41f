import { describe, expect, it } from 'vitest';
import { titleSimilarity } from './similarity.js';

describe('titleSimilarity', () => {
  it.each([
    ['Tỷ lệ che phủ rừng', 'Tỷ lệ che phủ rừng (%)', 1],
    ['GRDP bình quân đầu người', 'Tốc độ tăng trưởng GRDP', 0.225],
    ['Trường mầm non', 'Trường mầm non đạt chuẩn quốc gia', 0.9],
  ])('%s ~ %s', (a, b, expected) => expect(titleSimilarity(a, b)).toBeCloseTo(expected, 1));
});
