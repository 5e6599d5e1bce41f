import { describe, expect, it } from 'vitest';
import { parsePack } from '@dondoc/core';
import { bundledPackSources, getBundledPack, listBundledPacks, loadBundledPack } from './index.js';

describe('the bundled packs', () => {
  it('lists generic among them, sorted by id', () => {
    const ids = listBundledPacks().map((p) => p.id);
    expect(ids).toContain('generic');
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it.each(bundledPackSources().map((raw) => [(raw as { id: string }).id, raw] as const))(
    '%s validates against the pack schema and resolves its extends',
    (id, raw) => {
      const parsed = parsePack(raw);
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      expect(loadBundledPack(id)?.id).toBe(id);
    },
  );

  it('has no pack for an unknown id', () => {
    expect(getBundledPack('khong-co')).toBeUndefined();
    expect(loadBundledPack('khong-co')).toBeUndefined();
  });
});
