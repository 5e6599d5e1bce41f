import { describe, expect, it } from 'vitest';
import { launchChromium } from './index.js';

describe('launchChromium', () => {
  it('renders Vietnamese text in a page, with no system browser needed', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="t">Đôn đốc thực hiện nhiệm vụ</p>');
      expect(await page.textContent('#t')).toBe('Đôn đốc thực hiện nhiệm vụ');
      const box = await page.locator('#t').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(50);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
