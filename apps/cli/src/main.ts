/**
 * The `dondoc` command. Every path ends in an exit code and a message in Vietnamese and English;
 * unexpected errors are reported as such, never as a raw stack trace. Parsing, help, `--version` and
 * "did you mean" are commander's; each command registers itself (commands/index.ts).
 */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { CliError, formatError, type Lang } from './messages.js';
import { configure, t, translateCommanderError, type CliContext } from './program.js';
import { displayPath } from './terminal.js';

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

function languageOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/** The program with every command registered, writing to the context's streams. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('dondoc');
  configure(program, ctx);
  program
    .description(
      t(ctx, {
        vi: 'dondoc — đôn đốc thực hiện văn bản chỉ đạo trên sổ theo dõi Excel',
        en: 'dondoc — follow up on directive duties in Excel tracking workbooks',
      }),
    )
    .usage(t(ctx, { vi: '<lệnh> [tùy chọn]', en: '<command> [options]' }))
    .version(VERSION, '-V, --version', t(ctx, { vi: 'in phiên bản', en: 'print the version' }))
    .helpOption('-h, --help', t(ctx, { vi: 'xem hướng dẫn', en: 'show this help' }))
    .helpCommand(
      'help [command]',
      t(ctx, { vi: 'hướng dẫn của một lệnh', en: 'help for a command' }),
    )
    .option(
      '--lang <vi|en>',
      t(ctx, { vi: 'ngôn ngữ (mặc định: vi)', en: 'language (default: vi)' }),
    )
    .addHelpText(
      'after',
      '\n' +
        t(ctx, {
          vi: 'Xem "dondoc <lệnh> --help" (ví dụ "dondoc check --help") để biết chi tiết và ví dụ.',
          en: 'See "dondoc <command> --help" (e.g. "dondoc check --help") for details and examples.',
        }),
    );
  for (const command of COMMANDS) command.register(program, ctx);
  return program;
}

export async function main(
  argv: readonly string[],
  io: {
    out: NodeJS.WritableStream;
    err: NodeJS.WritableStream;
    in?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  } = {
    out: process.stdout,
    err: process.stderr,
  },
): Promise<number> {
  const lang = languageOf(argv);
  const ctx: CliContext = {
    lang,
    out: io.out,
    err: io.err,
    in: io.in ?? process.stdin,
    exitCode: 0,
    wrote(file) {
      io.out.write(
        t(ctx, { vi: `Đã ghi ${displayPath(file)}`, en: `Wrote ${displayPath(file)}` }) + '\n',
      );
    },
  };
  const program = buildProgram(ctx);
  if (argv.length === 0) {
    // No command: the help, and a usage exit code.
    io.out.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
      ) {
        return 0;
      }
      const translated = translateCommanderError(error);
      io.err.write(formatError(translated));
      return translated.exitCode;
    }
    if (error instanceof CliError) {
      io.err.write(formatError(error));
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err.write(
      formatError(
        new CliError({
          vi: `Lỗi không lường trước (xin báo lại cho nhóm phát triển): ${reason}`,
          en: `Unexpected error (please report it): ${reason}`,
        }),
      ),
    );
    return 2;
  }
}
