/**
 * A tiny zip writer for crafting test inputs exceljs would never produce: wrong sizes, odd parts,
 * zip bombs. Deflate or store; sizes in the central directory can be overridden to lie.
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipInput {
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly store?: boolean;
  /** Uncompressed size written to the headers instead of the real one. */
  readonly declaredSize?: number;
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
    const method = input.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
