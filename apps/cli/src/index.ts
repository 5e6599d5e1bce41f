/** @dondoc/cli as a library: `main(argv)` runs the dondoc command in-process and returns its exit code. */
export { main } from './main.js';
export { CliError, formatError, type Lang } from './messages.js';
export { testPackFixtures, type PackFixtureOutcome } from './commands/pack-test.js';
export { loadPack } from './packs.js';
export {
  configJsonSchema,
  configSchema,
  findConfigFile,
  CONFIG_FILE_NAMES,
  type DondocConfig,
} from './config.js';
