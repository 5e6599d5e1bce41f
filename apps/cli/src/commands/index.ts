/**
 * Every command of `dondoc`, in the order the help lists them. A command is one `*.command.ts`
 * module exporting a `CommandModule`; add it here to make it exist.
 */
import type { CommandModule } from '../program.js';
import { checkCommand, remindCommand } from './check.command.js';
import { extractCommand } from './extract.command.js';
import { historyCommand } from './history.command.js';
import { initCommand } from './init.command.js';
import { packCommand, packsCommand } from './pack.command.js';
import { templateCommand } from './template.command.js';

export const COMMANDS: readonly CommandModule[] = [
  checkCommand,
  initCommand,
  packsCommand,
  remindCommand,
  historyCommand,
  packCommand,
  templateCommand,
  extractCommand,
];
