/** `dondoc history`: the options and help; the work is in ./history.ts. */
import { addCommand, t, type CommandModule } from '../program.js';
import type { HistoryCommandOptions } from './history.js';

export const historyCommand: CommandModule = {
  name: 'history',
  register(program, ctx) {
    addCommand(program, ctx, {
      name: 'history',
      summary: {
        vi: 'lịch sử các lần kiểm tra theo đơn vị (ghi bằng check --history)',
        en: 'the recorded checks by agency over time (check --history)',
      },
      description: {
        vi: 'Xem lại các lần kiểm tra đã ghi: theo đơn vị qua từng lần (nhiệm vụ đến hạn, đúng hạn, chậm, quá hạn, báo cáo chưa gửi, chỉ tiêu chưa đạt) và trạng thái từng nội dung ở mỗi lần.',
        en: 'Reviews the recorded checks: per agency at each check (tasks due, on time, late, overdue, reports missing, indicators unmet) and each item’s status at each check.',
      },
      examples: [
        [
          'dondoc history lich-su.sqlite --agency "Phòng Nội vụ" --since 01/01/2024',
          { vi: 'một đơn vị, từ đầu năm', en: 'one agency, since the start of the year' },
        ],
        [
          'dondoc history lich-su.sqlite --format html --out lich-su.html',
          { vi: 'báo cáo có biểu đồ xu hướng', en: 'a report with a trend chart' },
        ],
      ],
    })
      .argument(
        '[file]',
        t(ctx, {
          vi: 'tệp lịch sử (.sqlite; mặc định: tệp lịch sử trong tệp cấu hình)',
          en: "the history file (.sqlite; default: the config file's history)",
        }),
      )
      .option(
        '--since <date>',
        t(ctx, {
          vi: 'chỉ các lần kiểm tra từ ngày này (dd/mm/yyyy hoặc YYYY-MM-DD)',
          en: 'only checks as of this date or later (dd/mm/yyyy or YYYY-MM-DD)',
        }),
      )
      .option('--pack <id>', t(ctx, { vi: 'chỉ một bộ quy tắc', en: 'only one rule pack' }))
      .option(
        '--agency <name>',
        t(ctx, {
          vi: 'chỉ đơn vị có tên chứa chuỗi này (không phân biệt dấu, hoa thường)',
          en: 'only agencies whose name contains this (ignoring case and diacritics)',
        }),
      )
      .option(
        '--format <format>',
        t(ctx, {
          vi: 'text, csv, xlsx, html (có biểu đồ), json (mặc định: text)',
          en: 'text, csv, xlsx, html (with a chart), json (default: text)',
        }),
      )
      .option(
        '-o, --out <file>',
        t(ctx, { vi: 'ghi ra tệp (bắt buộc với xlsx)', en: 'write to a file (required for xlsx)' }),
      )
      .action(async (file: string | undefined, options: HistoryCommandOptions) => {
        const { runHistory } = await import('./history.js');
        ctx.exitCode = await runHistory(file, options, ctx);
      });
  },
};
