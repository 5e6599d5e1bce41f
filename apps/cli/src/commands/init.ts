/**
 * `dondoc init`: writes the office's config file (dondoc.json) by asking a few questions on a
 * terminal (issuer, layout, place, signer, pack, history), or from flags with `--yes`. It never
 * overwrites a config without `--force`, and what it writes is checked by the same schema that
 * reads it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { schemaProblems, type Message } from '@dondoc/core';
import { issuerKindOf } from '@dondoc/report';
import {
  CONFIG_FILE_NAMES,
  CONFIG_SCHEMA_URL,
  configSchema,
  type DondocConfig,
} from '../config.js';
import { writeFileAtomic } from '../io.js';
import { CliError } from '../messages.js';
import { t, type CliContext } from '../program.js';
import { loadPack } from '../packs.js';
import { displayPath } from '../terminal.js';

/** What `dondoc init` is given, after parsing. */
export interface InitOptions {
  readonly dir?: string;
  readonly yes?: boolean;
  readonly force?: boolean;
  readonly pack?: string;
  readonly issuer?: string;
  readonly issuerKind?: string;
  readonly superior?: string;
  readonly office?: string;
  readonly place?: string;
  readonly numberSymbol?: string;
  readonly signerAuthority?: string;
  readonly signerPosition?: string;
  readonly signerName?: string;
  readonly out?: string;
  /** A history file, or false for none (`--no-history`). */
  readonly history?: string | false;
}

/** The history file a config names when the office keeps one (beside the config). */
export const DEFAULT_HISTORY = 'dondoc-lich-su.sqlite';

/** One question at a time, reading answers line by line from the context's input. */
function questioner(ctx: CliContext) {
  const rl = createInterface({ input: ctx.in, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question: Message, fallback?: string): Promise<string | undefined> {
      const hint = fallback ? ` [${fallback}]` : '';
      ctx.out.write(`${t(ctx, question)}${hint}: `);
      const next = await lines.next();
      const answer = next.done === true ? '' : String(next.value).trim();
      return answer !== '' ? answer : fallback;
    },
    close: () => rl.close(),
  };
}

const YES = /^(?:c|có|co|y|yes|đ|đúng)$/iu;

export async function runInit(values: InitOptions, ctx: CliContext): Promise<number> {
  const dir = path.resolve(values.dir ?? '.');
  const existing = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).find((f) => existsSync(f));
  if (existing !== undefined && values.force !== true) {
    throw new CliError({
      vi: `Đã có tệp cấu hình "${displayPath(existing)}"; không ghi đè. Sửa tệp đó, hoặc chạy lại với --force để thay bằng tệp mới.`,
      en: `A config file "${displayPath(existing)}" already exists; not overwritten. Edit it, or run again with --force to replace it.`,
    });
  }
  const target = existing ?? path.join(dir, CONFIG_FILE_NAMES[0]);
  const interactive = values.yes !== true && ctx.in.isTTY === true;
  let answers: InitOptions = values;
  if (interactive) {
    const q = questioner(ctx);
    try {
      ctx.out.write(
        t(ctx, {
          vi: `Tạo tệp cấu hình ${displayPath(target)}. Nhấn Enter để giữ giá trị trong ngoặc, để trống để bỏ qua.\n`,
          en: `Writing the config file ${displayPath(target)}. Press Enter to keep the value in brackets, leave empty to skip.\n`,
        }),
      );
      const issuer = await q.ask(
        { vi: 'Cơ quan ban hành thư đôn đốc', en: 'Issuing body of the letters' },
        values.issuer,
      );
      const guessed = issuer ? issuerKindOf({ issuer }) : undefined;
      const issuerKind = issuer
        ? await q.ask(
            {
              vi: 'Thể thức: state (Nghị định 30/2020) hoặc party (Hướng dẫn 36-HD/VPTW)',
              en: 'Layout: state (Decree 30/2020) or party (Hướng dẫn 36-HD/VPTW)',
            },
            values.issuerKind ?? guessed,
          )
        : undefined;
      const superior = issuer
        ? await q.ask(
            { vi: 'Cơ quan cấp trên (dòng trên)', en: 'Superior body (the line above)' },
            values.superior,
          )
        : undefined;
      const place = issuer
        ? await q.ask(
            { vi: 'Địa danh ghi trước ngày tháng', en: 'Place written before the date' },
            values.place,
          )
        : undefined;
      const signerAuthority = issuer
        ? await q.ask(
            {
              vi: 'Quyền hạn ký (T/M BAN THƯỜNG VỤ, KT. CHỦ TỊCH…)',
              en: 'Signing authority (T/M BAN THƯỜNG VỤ, KT. CHỦ TỊCH…)',
            },
            values.signerAuthority,
          )
        : undefined;
      const signerPosition = issuer
        ? await q.ask({ vi: 'Chức vụ người ký', en: "Signer's position" }, values.signerPosition)
        : undefined;
      const signerName = signerPosition
        ? await q.ask({ vi: 'Họ tên người ký', en: "Signer's name" }, values.signerName)
        : undefined;
      const pack = await q.ask(
        {
          vi: 'Bộ quy tắc mặc định (xem "dondoc packs")',
          en: 'Default rule pack (see "dondoc packs")',
        },
        values.pack ?? 'generic',
      );
      const keep = await q.ask(
        {
          vi: 'Ghi lịch sử các lần kiểm tra để biết việc mới, đã khắc phục, vẫn quá hạn? (c/k)',
          en: 'Record every check to see what is new, fixed and still overdue? (y/n)',
        },
        values.history === false ? 'k' : 'c',
      );
      answers = {
        ...values,
        ...(issuer !== undefined ? { issuer } : {}),
        ...(issuerKind !== undefined ? { issuerKind } : {}),
        ...(superior !== undefined ? { superior } : {}),
        ...(place !== undefined ? { place } : {}),
        ...(signerAuthority !== undefined ? { signerAuthority } : {}),
        ...(signerPosition !== undefined ? { signerPosition } : {}),
        ...(signerName !== undefined ? { signerName } : {}),
        ...(pack !== undefined ? { pack } : {}),
        history: keep !== undefined && YES.test(keep) ? (values.history ?? DEFAULT_HISTORY) : false,
      };
    } finally {
      q.close();
    }
  }
  const config = configOf(answers);
  // The pack must exist (a bundled id, or a file beside the config).
  if (config.pack !== undefined) loadPack(config.pack, dir);
  const checked = configSchema.safeParse(config, { reportInput: true });
  if (!checked.success) {
    const problems = schemaProblems(checked.error.issues);
    throw new CliError(
      { vi: 'Không ghi tệp cấu hình:', en: 'The config file was not written:' },
      2,
      problems.map((p) => ({
        vi: `${p.pointer} — ${p.message.vi}`,
        en: `${p.pointer} — ${p.message.en}`,
      })),
    );
  }
  await writeFileAtomic(target, JSON.stringify(config, null, 2) + '\n');
  ctx.wrote(target);
  ctx.out.write(
    t(ctx, {
      vi: 'Từ nay "dondoc check" và "dondoc remind" với sổ trong thư mục này (và các thư mục con) dùng tệp này; tham số dòng lệnh vẫn được ưu tiên. Các trường được giải thích trong README (mục "Tệp cấu hình").\n',
      en: 'From now on "dondoc check" and "dondoc remind" on workbooks in this folder (and below) use it; flags still win. The README ("The config file") explains each field.\n',
    }),
  );
  return 0;
}

/** The config file's content from the answers: only what was given. */
function configOf(a: InitOptions): DondocConfig {
  const kind = a.issuerKind === 'state' || a.issuerKind === 'party' ? a.issuerKind : undefined;
  if (a.issuerKind !== undefined && kind === undefined) {
    throw new CliError({
      vi: 'Thể thức phải là state (Nghị định 30/2020) hoặc party (Hướng dẫn 36-HD/VPTW).',
      en: 'The layout must be state (Decree 30/2020) or party (Hướng dẫn 36-HD/VPTW).',
    });
  }
  const signer =
    a.signerPosition !== undefined
      ? {
          ...(a.signerAuthority !== undefined ? { authority: a.signerAuthority } : {}),
          position: a.signerPosition,
          ...(a.signerName !== undefined ? { name: a.signerName } : {}),
        }
      : undefined;
  return {
    $schema: CONFIG_SCHEMA_URL,
    pack: a.pack ?? 'generic',
    ...(a.out !== undefined ? { out: a.out } : {}),
    ...(a.issuer !== undefined
      ? {
          issuer: {
            name: a.issuer,
            ...(kind !== undefined ? { kind } : {}),
            ...(a.superior !== undefined ? { superior: a.superior } : {}),
            ...(a.office !== undefined ? { office: a.office } : {}),
            ...(a.place !== undefined ? { place: a.place } : {}),
            ...(a.numberSymbol !== undefined ? { numberSymbol: a.numberSymbol } : {}),
            ...(signer !== undefined ? { signer } : {}),
          },
        }
      : {}),
    ...(a.history !== false ? { history: a.history ?? DEFAULT_HISTORY } : {}),
  };
}
