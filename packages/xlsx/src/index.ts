/**
 * @dondoc/xlsx: .xlsx workbooks → the core's neutral table model (see README.md).
 * Browser code should import from './browser.js' (no Node modules).
 */
export * from './browser.js';
export { DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_UNCOMPRESSED_BYTES } from './limits.js';
export {
  openWorkbook,
  readWorkbook,
  type ReadOptions,
  type SheetReader,
  type WorkbookReader,
} from './reader.js';
export { fileSource } from './file-source.js';
