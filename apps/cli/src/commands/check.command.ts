/**
 * `dondoc check` and `dondoc remind`: the options and help; the work is in ./check.ts, loaded only
 * when the command runs.
 */
import { Option, type Command } from 'commander';
import { addCommand, t, type CliContext, type CommandModule } from '../program.js';
import type { CheckOptions } from './check.js';

/** Options both commands share: the pack, the date, the output, the letters' heading. */
function addSharedOptions(command: Command, ctx: CliContext): Command {
  return command
    .option(
      '--pack <id|file.json>',
      t(ctx, {
        vi: 'bộ quy tắc (mặc định: theo tệp cấu hình, không có thì generic; xem "dondoc packs")',
        en: 'rule pack (default: the config file\'s, else generic; see "dondoc packs")',
      }),
    )
    .option(
      '--as-of <date>',
      t(ctx, {
        vi: 'ngày kiểm tra, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: hôm nay, giờ Việt Nam)',
        en: 'as-of date, dd/mm/yyyy or YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)',
      }),
    )
    .option(
      '-o, --out <file|folder>',
      t(ctx, {
        vi: 'ghi kết quả vào tệp (hoặc thư mục khi có nhiều định dạng)',
        en: 'write to a file (or a folder when there are several formats)',
      }),
    )
    .option(
      '--workers <n>',
      t(ctx, {
        vi: 'số luồng kiểm tra song song (mặc định: theo số lõi CPU; 0: không dùng)',
        en: 'worker threads (default: one per CPU core; 0: none)',
      }),
    )
    .option(
      '--issuer <name>',
      t(ctx, { vi: 'cơ quan ban hành thư đôn đốc', en: 'issuing body of the letters' }),
    )
    .option(
      '--issuer-kind <state|party>',
      t(ctx, {
        vi: 'thể thức thư: state (Nghị định 30/2020/NĐ-CP) hoặc party (Hướng dẫn 36-HD/VPTW); mặc định đoán theo tên cơ quan ban hành',
        en: "letter layout: state (Decree 30/2020/NĐ-CP) or party (Hướng dẫn 36-HD/VPTW); guessed from the issuer's name by default",
      }),
    )
    .option(
      '--superior <name>',
      t(ctx, {
        vi: 'cơ quan cấp trên (dòng trên cơ quan ban hành), ví dụ "Đảng bộ tỉnh Hà Tĩnh"',
        en: 'superior body (the line above the issuer), e.g. "Đảng bộ tỉnh Hà Tĩnh"',
      }),
    )
    .option(
      '--office <name>',
      t(ctx, { vi: 'đơn vị tham mưu (dòng dưới cơ quan ban hành)', en: 'office under the issuer' }),
    )
    .option(
      '--place <name>',
      t(ctx, { vi: 'địa danh ghi trước ngày tháng', en: 'place written before the date' }),
    )
    .option(
      '--signer <text>',
      t(ctx, {
        vi: 'quyền hạn, chức vụ và họ tên người ký (xuống dòng bằng \\n)',
        en: 'authority, position and name of the signer (\\n for a new line)',
      }),
    )
    .option(
      '--number <text>',
      t(ctx, { vi: 'số và ký hiệu văn bản', en: 'number and symbol of the letter' }),
    )
    .option(
      '--history <file.sqlite>',
      t(ctx, {
        vi: 'ghi lần kiểm tra vào tệp lịch sử; cho biết việc mới phát sinh, đã khắc phục, vẫn tồn tại so với lần trước; thư đôn đốc ghi "lần 2" và dẫn công văn trước',
        en: 'record the check in a history file; say what is new, fixed and still open since the previous one; letters say "lần 2" and cite the earlier one',
      }),
    )
    .option(
      '--no-history',
      t(ctx, {
        vi: 'không ghi lần kiểm tra này vào tệp lịch sử của tệp cấu hình',
        en: "do not record this check in the config file's history",
      }),
    )
    .option(
      '--template <file.docx>',
      t(ctx, {
        vi: 'mẫu công văn Word của cơ quan, có các thẻ {issuer}, {recipient}, {#items}… (xem README)',
        en: "the office's own Word template for the letters, with {issuer}, {recipient}, {#items}… (see the README)",
      }),
    )
    .option(
      '--pdf',
      t(ctx, {
        vi: 'chuyển thư sang PDF bằng LibreOffice (khi máy có lệnh soffice)',
        en: 'convert the letters to PDF with LibreOffice (when soffice is installed)',
      }),
    )
    .option(
      '--config <file.json>',
      t(ctx, {
        vi: 'tệp cấu hình (mặc định: dondoc.json hoặc .dondocrc.json ở thư mục của sổ hoặc thư mục cha; xem "dondoc init")',
        en: 'config file (default: dondoc.json or .dondocrc.json in the workbook\'s folder or above; see "dondoc init")',
      }),
    )
    .option('--no-config', t(ctx, { vi: 'không dùng tệp cấu hình', en: 'use no config file' }))
    .option(
      '--letter-date <date>',
      t(ctx, {
        vi: 'ngày của công văn đôn đốc, dd/mm/yyyy hoặc YYYY-MM-DD (ghi vào lịch sử cùng --number)',
        en: "the letters' date, dd/mm/yyyy or YYYY-MM-DD (recorded in the history with --number)",
      }),
    )
    .option(
      '--escalate-after <n>',
      t(ctx, {
        vi: 'nội dung đã đôn đốc từ n lần vẫn chưa thực hiện được liệt kê trong báo cáo Thường trực (mặc định: 2)',
        en: 'items still open after n letters are listed for the leadership (default: 2)',
      }),
    );
}

function checkOptions(options: Record<string, string | boolean | undefined>): CheckOptions {
  const keys = [
    'pack',
    'asOf',
    'format',
    'out',
    'failOn',
    'workers',
    'issuer',
    'issuerKind',
    'superior',
    'office',
    'place',
    'signer',
    'number',
    'history',
    'letterDate',
    'escalateAfter',
  ] as const;
  const result: Record<string, string | boolean> = {};
  for (const key of keys) {
    const value = options[key];
    if (typeof value === 'string') result[key] = value;
  }
  if (options.explain === true) result.explain = true;
  if (options.pdf === true) result.pdf = true;
  if (typeof options.template === 'string') result.template = options.template;
  // --no-config and --no-history: false; --config FILE: the file.
  if (options.config === false || typeof options.config === 'string')
    result.config = options.config;
  if (options.history === false) result.history = false;
  return result as CheckOptions;
}

const EXIT_CODES = {
  vi: 'Mã thoát: 0 không có phát hiện ở mức --fail-on, 1 có, 2 lỗi cách dùng hoặc không đọc được tệp.',
  en: 'Exit codes: 0 nothing at --fail-on, 1 something, 2 usage error or unreadable input.',
};

export const checkCommand: CommandModule = {
  name: 'check',
  register(program, ctx) {
    const command = addCommand(program, ctx, {
      name: 'check',
      summary: {
        vi: 'kiểm tra sổ theo dõi Excel theo bộ quy tắc',
        en: 'check Excel tracking workbooks against a rule pack',
      },
      description: {
        vi: 'Kiểm tra một hoặc nhiều sổ theo dõi Excel theo một bộ quy tắc.',
        en: 'Checks one or more Excel tracking workbooks against a rule pack.',
      },
      examples: [
        [
          'dondoc check so-theo-doi.xlsx --as-of 01/07/2024',
          {
            vi: 'kiểm tra một sổ, in kết quả ra màn hình',
            en: 'check one workbook, print the findings',
          },
        ],
        [
          'dondoc check "cac-xa/*.xlsx" --pack quan-triet-ct32-ctr48 --format html,xlsx --out bao-cao',
          {
            vi: 'kiểm tra mọi sổ trong thư mục, ghi báo cáo HTML và Excel vào thư mục bao-cao',
            en: 'check every workbook in a folder, write HTML and Excel reports into bao-cao',
          },
        ],
        [
          'dondoc init && dondoc check so-theo-doi.xlsx',
          {
            vi: 'ghi tệp cấu hình dondoc.json một lần (bộ quy tắc, cơ quan ban hành, thư mục kết quả, lịch sử), rồi không phải gõ lại',
            en: 'write a dondoc.json config once (pack, issuer, output folder, history), then stop retyping flags',
          },
        ],
        [
          'dondoc check so-theo-doi.xlsx --format json --fail-on warning',
          {
            vi: 'JSON cho máy đọc; mã thoát 1 cả khi chỉ có cảnh báo',
            en: 'JSON for tools; exit 1 on warnings too',
          },
        ],
      ],
      footer: EXIT_CODES,
    }).argument(
      '[workbooks...]',
      t(ctx, {
        vi: 'tệp .xlsx, thư mục hoặc mẫu (*.xlsx)',
        en: '.xlsx files, folders or patterns (*.xlsx)',
      }),
    );
    addSharedOptions(command, ctx)
      .option(
        '--format <formats>',
        t(ctx, {
          vi: 'text, json, html, xlsx, csv, sarif, junit, ics, reminders (thư đôn đốc .docx); nhiều định dạng cách nhau bằng dấu phẩy (mặc định: text)',
          en: 'text, json, html, xlsx, csv, sarif, junit, ics, reminders (follow-up letters .docx); several separated by commas (default: text)',
        }),
      )
      .option(
        '--explain',
        t(ctx, {
          vi: 'cho biết đã đọc mỗi bảng thế nào: loại bảng và điểm, dòng tiêu đề, vai trò từng cột, dòng bỏ qua, cách ghim lại trong "bindings"',
          en: 'say how each table was read: its kind and score, header rows, each column\'s role, rows skipped, and the "bindings" that pin it',
        }),
      )
      .addOption(
        new Option(
          '--fail-on <level>',
          t(ctx, {
            vi: 'trả mã thoát 1 khi có phát hiện từ mức này trở lên: error, warning, never (mặc định: error)',
            en: 'exit 1 when a finding at or above this level exists: error, warning, never (default: error)',
          }),
        ),
      )
      .action(
        async (workbooks: string[], options: Record<string, string | boolean | undefined>) => {
          const { runCheck } = await import('./check.js');
          ctx.exitCode = await runCheck(workbooks, checkOptions(options), ctx);
        },
      );
  },
};

export const remindCommand: CommandModule = {
  name: 'remind',
  register(program, ctx) {
    const command = addCommand(program, ctx, {
      name: 'remind',
      summary: {
        vi: 'viết thư đôn đốc (.docx, .md) cho từng cơ quan',
        en: 'write follow-up letters (.docx, .md) per agency',
      },
      description: {
        vi: 'Kiểm tra sổ theo dõi rồi viết một thư đôn đốc cho mỗi cơ quan còn việc chậm, quá hạn (như "dondoc check --format reminders").',
        en: 'Checks the workbooks, then writes one follow-up letter per agency with late or overdue work (as "dondoc check --format reminders").',
      },
      examples: [
        [
          'dondoc remind so-theo-doi.xlsx --out thu-don-doc --issuer "HUYỆN ỦY ĐỨC THỌ" --place "Đức Thọ"',
          {
            vi: 'một thư .docx cho mỗi cơ quan trong thư mục thu-don-doc',
            en: 'one .docx letter per agency in thu-don-doc',
          },
        ],
        [
          'dondoc remind so-theo-doi.xlsx --out thu-don-doc --template cong-van.docx --pdf',
          {
            vi: 'thư theo mẫu công văn của cơ quan, kèm bản PDF (cần LibreOffice)',
            en: "letters in the office's own template, with a PDF of each (needs LibreOffice)",
          },
        ],
      ],
    }).argument(
      '[workbooks...]',
      t(ctx, { vi: 'tệp .xlsx, thư mục hoặc mẫu', en: '.xlsx files, folders or patterns' }),
    );
    addSharedOptions(command, ctx).action(
      async (workbooks: string[], options: Record<string, string | boolean | undefined>) => {
        const { runCheck } = await import('./check.js');
        ctx.exitCode = await runCheck(
          workbooks,
          { ...checkOptions(options), format: 'reminders', failOn: 'never' },
          ctx,
        );
      },
    );
  },
};
