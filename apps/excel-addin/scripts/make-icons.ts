// Draws the add-in icons (a green document with a white check mark) into assets/icon-<size>.png.
// Dependency-free: the shapes are sampled 8×8 times per pixel and written as RGBA PNGs with
// node:zlib, so the output is the same on every machine. Run after changing the drawing:
//   npx tsc -p tsconfig.node.json && node dist-node/scripts/make-icons.js [assets]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const BODY: Rgba = [0x1e, 0x7b, 0x45, 255]; // dark green
const FOLD: Rgba = [0x8f, 0xd1, 0xa6, 255]; // light green
const CHECK: Rgba = [255, 255, 255, 255];

// Drawing on a 128×128 canvas: the page, its folded top-right corner, and the check mark.
const X0 = 18;
const X1 = 110;
const Y0 = 6;
const Y1 = 122;
const RADIUS = 12;
const FOLD_SIZE = 30;
const CHECK_POINTS: readonly (readonly [number, number])[] = [
  [37, 72],
  [56, 92],
  [92, 50],
];
const CHECK_WIDTH = 15;

function insideRoundedCorner(x: number, y: number, cx: number, cy: number): boolean {
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function insidePage(x: number, y: number): boolean {
  if (x < X0 || x > X1 || y < Y0 || y > Y1) return false;
  if (x - (X1 - FOLD_SIZE) - (y - Y0) > 0) return false; // cut corner
  if (x < X0 + RADIUS && y < Y0 + RADIUS)
    return insideRoundedCorner(x, y, X0 + RADIUS, Y0 + RADIUS);
  if (x < X0 + RADIUS && y > Y1 - RADIUS)
    return insideRoundedCorner(x, y, X0 + RADIUS, Y1 - RADIUS);
  if (x > X1 - RADIUS && y > Y1 - RADIUS)
    return insideRoundedCorner(x, y, X1 - RADIUS, Y1 - RADIUS);
  return true;
}

function insideFold(x: number, y: number): boolean {
  return x >= X1 - FOLD_SIZE && y <= Y0 + FOLD_SIZE && x - (X1 - FOLD_SIZE) - (y - Y0) <= 0;
}

function distanceToSegment(
  x: number,
  y: number,
  a: readonly number[],
  b: readonly number[],
): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideCheck(x: number, y: number): boolean {
  for (let i = 1; i < CHECK_POINTS.length; i++) {
    const a = CHECK_POINTS[i - 1];
    const b = CHECK_POINTS[i];
    if (a && b && distanceToSegment(x, y, a, b) <= CHECK_WIDTH / 2) return true;
  }
  return false;
}

function colourAt(x: number, y: number): Rgba | undefined {
  if (insideFold(x, y)) return FOLD;
  if (!insidePage(x, y)) return undefined;
  return insideCheck(x, y) ? CHECK : BODY;
}

/** RGBA pixels of the icon at `size`×`size`, anti-aliased by supersampling. */
function renderIcon(size: number): Uint8Array {
  const samples = 8;
  const pixels = new Uint8Array(size * size * 4);
  const scale = 128 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) * scale,
            (py + (sy + 0.5) / samples) * scale,
          );
          if (!colour) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((a / (samples * samples)) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A truecolour-with-alpha PNG of `size`×`size` RGBA pixels. */
function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const outDir = process.argv[2] ?? 'assets';
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, renderIcon(size)));
  console.log(`${file} (${size}×${size})`);
}
