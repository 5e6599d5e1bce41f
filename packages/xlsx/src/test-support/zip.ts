/**
 * A tiny zip writer for crafting test inputs exceljs would never produce: wrong sizes, odd parts,
 * zip bombs. Deflate or store; sizes in the central directory can be overridden to lie.
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly store?: boolean;
  /** Uncompressed size written to the headers instead of the real one. */
  readonly declaredSize?: number;
  /**
   * Data already deflated (a bomb of repeated blocks, see deflateBomb): `data` is then ignored and
   * `size` is what it inflates to (its CRC is written as 0: readers stop long before checking it).
   */
  readonly deflated?: { readonly bytes: Uint8Array; readonly size: number };
  /** General-purpose flag bits besides UTF-8 names, e.g. 1 for an encrypted entry. */
  readonly flags?: number;
  /** A compression method other than store (0) or deflate (8), e.g. 12 (bzip2). */
  readonly method?: number;
}

/**
 * A raw deflate stream inflating to `size` bytes of `byte`, built from one compressed mebibyte
 * repeated (deflate's blocks can follow one another), so a gigabyte costs a megabyte and no time.
 */
export function deflateBomb(size: number, byte = 0x20): Buffer {
  const MIB = 1024 * 1024;
  const whole = Math.floor(size / MIB);
  const block = deflateRawSync(Buffer.alloc(MIB, byte), { finishFlush: constants.Z_FULL_FLUSH });
  const rest = size - whole * MIB;
  return Buffer.concat([
    ...Array.from({ length: whole }, () => block),
    rest > 0 ? deflateRawSync(Buffer.alloc(rest, byte)) : Buffer.from([3, 0]), // the final block
  ]);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function makeZip(inputs: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // The same text in several entries (e.g. many identical sheets) is compressed once.
  const made = new Map<string, { raw: Buffer; deflated: Buffer; crc: number }>();
  for (const input of inputs) {
    if (input.deflated) {
      const name = Buffer.from(input.name, 'utf8');
      const { local, central } = headers(
        name,
        input.method ?? 8,
        input.flags ?? 0,
        0,
        input.deflated.bytes.length,
        input.declaredSize ?? input.deflated.size,
        offset,
      );
      locals.push(local, name, Buffer.from(input.deflated.bytes));
      centrals.push(central, name);
      offset += local.length + name.length + input.deflated.bytes.length;
      continue;
    }
    const known = typeof input.data === 'string' && !input.store ? made.get(input.data) : undefined;
    const raw =
      known?.raw ??
      (typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data));
    const deflated = input.store ? raw : (known?.deflated ?? deflateRawSync(raw));
    const crc = known?.crc ?? crc32(raw);
    if (typeof input.data === 'string' && !known && !input.store)
      made.set(input.data, { raw, deflated, crc });
    const body = input.store ? raw : deflated;
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? raw.length;
    const method = input.method ?? (input.store ? 0 : 8);
    const { local, central } = headers(
      name,
      method,
      input.flags ?? 0,
      crc,
      body.length,
      size,
      offset,
    );
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  if (inputs.length <= 0xffff) {
    end.writeUInt16LE(inputs.length, 8);
    end.writeUInt16LE(inputs.length, 10);
    return Buffer.concat([...locals, cd, end]);
  }
  // More entries than 16 bits count: a zip64 end record and its locator say how many.
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(inputs.length), 24);
  record.writeBigUInt64LE(BigInt(inputs.length), 32);
  record.writeBigUInt64LE(BigInt(cd.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, cd, record, locator, end]);
}

/** A local and a central header for one entry (sizes as given: a test may make them lie). */
function headers(
  name: Buffer,
  method: number,
  flags: number,
  crc: number,
  compressed: number,
  size: number,
  offset: number,
): { local: Buffer; central: Buffer } {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800 | flags, 6); // UTF-8 names
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800 | flags, 8);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local, central };
}
