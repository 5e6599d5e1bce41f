/**
 * The processes `npm run bench` times against `dondoc check` (each loads only what it measures):
 *
 *   node tooling/dist/bench-measure.js floor FILE     unzip the first sheet and scan its bytes once
 *   node tooling/dist/bench-measure.js exceljs FILE   exceljs's streaming reader, touching every cell
 *
 * Each prints one line: what it counted.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createInflateRaw } from 'node:zlib';

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** The zip's central directory (no zip64: the bench's files are far below 4 GB). */
async function zipEntries(file: string): Promise<{ handle: fs.FileHandle; entries: Entry[] }> {
  const handle = await fs.open(file, 'r');
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  const dir = Buffer.alloc(dirSize);
  await handle.read(dir, 0, dirSize, dirOffset);
  const entries: Entry[] = [];
  for (let p = 0, i = 0; i < count; i++) {
    const nameLength = dir.readUInt16LE(p + 28);
    const extra = dir.readUInt16LE(p + 30);
    const comment = dir.readUInt16LE(p + 32);
    entries.push({
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localHeader: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extra + comment;
  }
  return { handle, entries };
}

/** The floor: inflate the first worksheet as it streams off the disk and count its rows and cells. */
async function floor(file: string): Promise<string> {
  const { handle, entries } = await zipEntries(file);
  const sheet = entries
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))[0];
  if (!sheet) throw new Error(`${file}: no worksheet`);
  const local = Buffer.alloc(30);
  await handle.read(local, 0, 30, sheet.localHeader);
  const start = sheet.localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  await handle.close();
  const raw = createReadStream(file, { start, end: start + sheet.compressedSize - 1 });
  const bytes = sheet.method === 0 ? raw : raw.pipe(createInflateRaw());
  let rows = 0;
  let cells = 0;
  let last = 0; // the byte before a chunk's first, for a tag cut between chunks
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (last === 0x3c) {
        if (b === 0x72)
          rows++; // <r(ow)
        else if (b === 0x63) cells++; // <c
      }
      last = b;
    }
  }
  return `${rows} rows, ${cells} cells`;
}

async function exceljs(file: string): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      row.eachCell(() => {
        cells++;
      });
    }
  }
  return `${cells} cells`;
}

const [kind, file] = process.argv.slice(2);
if (!file || (kind !== 'floor' && kind !== 'exceljs')) {
  process.stderr.write('usage: bench-measure.js floor|exceljs FILE\n');
  process.exit(2);
}
process.stdout.write(`${kind === 'floor' ? await floor(file) : await exceljs(file)}\n`);
