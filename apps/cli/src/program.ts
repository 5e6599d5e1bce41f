/**
 * The command-line parser (commander) and what every command shares. Each command is one module
 * under `commands/` exporting a `CommandModule`; `commands/index.ts` lists them, and `main` asks each
 * to register itself on the program. See the README's "Adding a command" section.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Message } from '@dondoc/core';
import { CliError, type Lang } from './messages.js';
import { displayPath } from './terminal.js';

/** What a command's action is given: the language, the two streams, and where it reports writes. */
export interface CliContext {
  readonly lang: Lang;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** Where answers to questions come from (`dondoc init`); asked only when it is a terminal. */
  readonly in: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  /** Says "Đã ghi <file>" / "Wrote <file>" on stdout; call it once for each file written. */
  wrote(file: string): void;
  /** The exit code the action decided (0 when it returns without setting one). */
  exitCode: number;
}

/** One command: registers itself (name, arguments, options, help, action) on the program. */
export interface CommandModule {
  readonly name: string;
  register(program: Command, ctx: CliContext): void;
}

/** Text in the chosen language. */
export function t(ctx: { lang: Lang }, message: Message): string {
  return message[ctx.lang];
}

/**
 * A command with the shared options (`--lang`, `-h/--help`) and its examples printed after the
 * option list, in the chosen language.
 */
export function addCommand(
  program: Command,
  ctx: CliContext,
  spec: {
    readonly name: string;
    readonly summary: Message;
    readonly description?: Message;
    readonly examples?: ReadonlyArray<readonly [string, Message]>;
    readonly footer?: Message;
  },
): Command {
  const command = program
    .command(spec.name)
    .summary(t(ctx, spec.summary))
    .description(t(ctx, spec.description ?? spec.summary))
    .helpOption('-h, --help', t(ctx, { vi: 'xem hướng dẫn lệnh này', en: 'show this help' }))
    .addOption(
      new Option(
        '--lang <vi|en>',
        t(ctx, { vi: 'ngôn ngữ (mặc định: vi)', en: 'language (default: vi)' }),
      ),
    );
  configure(command, ctx);
  const after: string[] = [];
  if (spec.examples && spec.examples.length > 0) {
    after.push(t(ctx, { vi: 'Ví dụ:', en: 'Examples:' }));
    for (const [line, what] of spec.examples) after.push(`  $ ${line}`, `      ${t(ctx, what)}`);
  }
  if (spec.footer) after.push('', t(ctx, spec.footer));
  if (after.length > 0) command.addHelpText('after', '\n' + after.join('\n'));
  return command;
}

/** The command each parse error came from, for the "see dondoc … --help" hint. */
const errorSource = new WeakMap<CommanderError, string>();

/** "pack validate" for `dondoc pack validate`, "" for the program itself. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
};

/**
 * Output to the context's streams, errors thrown (never process.exit), suggestions on, help
 * headings in the chosen language.
 */
export function configure(command: Command, ctx: CliContext): void {
  command
    .configureHelp({
      styleTitle: (title) => (ctx.lang === 'vi' ? (TITLES[title] ?? title) : title),
    })
    .exitOverride((error) => {
      errorSource.set(error, commandPath(command));
      throw error;
    })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .configureOutput({
      writeOut: (s) => ctx.out.write(s),
      writeErr: (s) => ctx.err.write(s),
      // Errors are turned into bilingual CliErrors by `translateCommanderError`.
      outputError: () => undefined,
    });
}

/** A usage error pointing at the command's help. */
export function usage(command: string, message: Message): CliError {
  const help = command === '' ? 'dondoc help' : `dondoc ${command} --help`;
  return new CliError({
    vi: `${message.vi} (xem "${help}")`,
    en: `${message.en} (see "${help}")`,
  });
}

const SUGGESTION = /\(Did you mean (?:one of )?(.+)\?\)/;

/** Commander's English parse errors as bilingual CliErrors, keeping its "did you mean". */
export function translateCommanderError(error: CommanderError): CliError {
  const where = errorSource.has(error)
    ? `dondoc ${errorSource.get(error)} --help`.replace('dondoc  --help', 'dondoc help')
    : 'dondoc help';
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const name = displayPath(quoted.split(' ')[0] ?? '');
  const suggestion = SUGGESTION.exec(error.message)?.[1];
  const hint: Message = suggestion
    ? { vi: ` Có phải ý bạn là ${suggestion}?`, en: ` Did you mean ${suggestion}?` }
    : { vi: '', en: '' };
  const see: Message = { vi: ` Gõ "${where}" để xem hướng dẫn.`, en: ` Run "${where}" for help.` };
  switch (error.code) {
    case 'commander.unknownCommand':
      return new CliError({
        vi: `Không có lệnh "${name}".${hint.vi} Gõ "dondoc help" để xem các lệnh.`,
        en: `Unknown command "${name}".${hint.en} Run "dondoc help" to see the commands.`,
      });
    case 'commander.unknownOption':
      return new CliError({
        vi: `Tham số không hợp lệ: không có tùy chọn "${name}".${hint.vi}${see.vi}`,
        en: `Invalid arguments: unknown option "${name}".${hint.en}${see.en}`,
      });
    case 'commander.optionMissingArgument':
      return new CliError({
        vi: `Tham số không hợp lệ: tùy chọn "${name}" cần một giá trị.${see.vi}`,
        en: `Invalid arguments: the option "${name}" needs a value.${see.en}`,
      });
    case 'commander.excessArguments':
      return new CliError({
        vi: `Tham số không hợp lệ: thừa tham số.${see.vi}`,
        en: `Invalid arguments: too many arguments.${see.en}`,
      });
    case 'commander.missingArgument':
      return new CliError({
        vi: `Tham số không hợp lệ: thiếu "${name}".${see.vi}`,
        en: `Invalid arguments: "${name}" is missing.${see.en}`,
      });
    default:
      return new CliError({
        vi: `Tham số không hợp lệ: ${error.message.replace(/^error: /, '')}${see.vi}`,
        en: `Invalid arguments: ${error.message.replace(/^error: /, '')}${see.en}`,
      });
  }
}
