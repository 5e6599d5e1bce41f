/**
 * Every bundled pack passes the real `dondoc pack test` on its fixtures under
 * packages/rulepacks/fixtures/<pack-id>/, and those fixtures are what the sample generator writes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@dondoc/cli';
import { listBundledPacks } from '@dondoc/rulepacks';
import { PACK_FIXTURES_DIR, writePackFixtures } from './pack-fixtures.js';

async function dondoc(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = {
    write(chunk: string): boolean {
      out += chunk;
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const code = await main(args, { out: sink, err: sink });
  return { code, out };
}

const packIds = listBundledPacks().map((p) => p.id);

describe('the fixtures of the bundled packs', () => {
  it('cover every bundled pack', () => {
    expect(packIds).toContain('generic');
    const missing = packIds.filter((id) => !existsSync(path.join(PACK_FIXTURES_DIR, id)));
    expect(missing, 'bundled packs without packages/rulepacks/fixtures/<id>/').toEqual([]);
    const strays = readdirSync(PACK_FIXTURES_DIR).filter((d) => !packIds.includes(d));
    expect(strays, 'fixture folders of no bundled pack').toEqual([]);
  });

  it.each(packIds)('%s: each workbook sits beside expectations naming this pack', (id) => {
    const dir = path.join(PACK_FIXTURES_DIR, id);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    const expectations = files.filter((f) => f.endsWith('.expected.json'));
    expect(expectations.length, `${id} has no fixture`).toBeGreaterThan(0);
    for (const f of expectations) {
      expect(files, f).toContain(f.replace(/\.expected\.json$/, '.xlsx'));
      const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { pack?: string };
      expect(spec.pack, f).toBe(id);
    }
  });

  it.each(packIds)(
    '%s: dondoc pack test finds exactly the planted findings',
    async (id) => {
      const dir = path.join(PACK_FIXTURES_DIR, id);
      const n = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).length;
      const result = await dondoc('pack', 'test', dir);
      expect(result.out).toContain(`${n}/${n} tệp mẫu đúng như dự kiến.`);
      expect(result.code, result.out).toBe(0);
    },
    60_000,
  );

  it("are the generator's: regenerated, every expectation is the one checked in", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dondoc-pack-fixtures-'));
    try {
      const fixtures = await writePackFixtures(dir);
      expect(new Set(fixtures.map((f) => f.pack))).toEqual(new Set(packIds));
      for (const { pack, file } of fixtures) {
        const name = path.join(pack, file.replace(/\.xlsx$/, '.expected.json'));
        const checkedIn = path.join(PACK_FIXTURES_DIR, name);
        expect(existsSync(path.join(PACK_FIXTURES_DIR, pack, file)), file).toBe(true);
        expect(existsSync(checkedIn), name).toBe(true);
        expect(
          readFileSync(checkedIn, 'utf8'),
          `${name}: run node tooling/dist/pack-fixtures.js`,
        ).toBe(readFileSync(path.join(dir, name), 'utf8'));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
