/**
 * Everything the CLI says to a person is a Message ({ vi, en }). Errors are printed in both
 * languages whatever --lang says: the person reading an error may not be the one who set it.
 */
import type { Message } from '@dondoc/core';
import { terminalSafe } from './terminal.js';

export type Lang = 'vi' | 'en';

/** An error the user can act on; `exitCode` 2 means usage error or unreadable input. */
export class CliError extends Error {
  constructor(
    readonly messages: Message,
    readonly exitCode = 2,
    readonly details: readonly Message[] = [],
  ) {
    super(messages.en);
    this.name = 'CliError';
  }
}

export function pick(message: Message, lang: Lang): string {
  return message[lang];
}

/** "Lỗi: …\nError: …" with optional detail lines in both languages. */
export function formatError(error: CliError): string {
  const lines = [`Lỗi: ${error.messages.vi}`];
  for (const d of error.details) lines.push(`  ${d.vi}`);
  lines.push(`Error: ${error.messages.en}`);
  for (const d of error.details) lines.push(`  ${d.en}`);
  // Messages quote names and text from files: nothing in them may drive the terminal.
  return terminalSafe(lines.join('\n')) + '\n';
}
