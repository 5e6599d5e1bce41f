/**
 * The rule packs bundled with dondoc. Packs are JSON files in ./packs, imported here so that they
 * travel with the code into the CLI and the add-in alike (no file system needed).
 */
import { parsePack, resolvePack, PackError, type Pack } from '@dondoc/core';
import generic from './packs/generic.json' with { type: 'json' };
import quangNgaiKl14 from './packs/quang-ngai-kl14-2024.json' with { type: 'json' };
import quanTrietCt32 from './packs/quan-triet-ct32-ctr48.json' with { type: 'json' };
import tinhUyThang4 from './packs/tinh-uy-thang-4-2021.json' with { type: 'json' };
import thachHaNq26 from './packs/thach-ha-nq26.json' with { type: 'json' };

export interface BundledPackInfo {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
}

const RAW_PACKS: readonly unknown[] = [
  generic,
  quanTrietCt32,
  quangNgaiKl14,
  thachHaNq26,
  tinhUyThang4,
];

function parseBundled(raw: unknown): Pack {
  const parsed = parsePack(raw);
  if (!parsed.ok) {
    // A bundled pack that does not validate is a bug in dondoc itself, caught by this package's tests.
    throw new PackError(
      { vi: 'Bộ quy tắc đi kèm không hợp lệ.', en: 'A bundled rule pack is invalid.' },
      parsed.problems,
    );
  }
  return parsed.pack;
}

const PACKS: ReadonlyMap<string, Pack> = new Map(
  RAW_PACKS.map((raw) => {
    const pack = parseBundled(raw);
    return [pack.id, pack] as const;
  }),
);

/** Ids, versions and titles of the bundled packs, sorted by id. */
export function listBundledPacks(): BundledPackInfo[] {
  return [...PACKS.values()]
    .map((p) => ({
      id: p.id,
      version: p.version,
      title: p.title,
      ...(p.description ? { description: p.description } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The raw (unresolved) bundled pack with this id. */
export function getBundledPack(id: string): Pack | undefined {
  return PACKS.get(id);
}

/** The raw JSON of every bundled pack, for `extends` resolution and tests. */
export function bundledPackSources(): readonly unknown[] {
  return RAW_PACKS;
}

/** A bundled pack with its `extends` resolved against the other bundled packs. */
export function loadBundledPack(id: string): Pack | undefined {
  const pack = PACKS.get(id);
  return pack ? resolvePack(pack, (ref) => PACKS.get(ref)) : undefined;
}
