/** `dondoc template`: the options and help; the work is in ./template.ts. */
import { addCommand, t, type CommandModule } from '../program.js';

export const templateCommand: CommandModule = {
  name: 'template',
  register(program, ctx) {
    addCommand(program, ctx, {
      name: 'template',
      summary: {
        vi: 'tạo sổ theo dõi theo bộ quy tắc',
        en: 'make a tracking workbook from a pack',
      },
      examples: [
        [
          'dondoc template --pack quan-triet-ct32-ctr48 --out theo-doi.xlsx',
          {
            vi: 'sổ có sẵn nhiệm vụ, báo cáo và chỉ tiêu của bộ quy tắc',
            en: "a workbook holding the pack's tasks, reports and indicators",
          },
        ],
      ],
    })
      .option(
        '--pack <id|file.json>',
        t(ctx, { vi: 'bộ quy tắc (mặc định: generic)', en: 'rule pack (default: generic)' }),
      )
      .option(
        '-o, --out <file.xlsx>',
        t(ctx, { vi: 'tệp sổ theo dõi sẽ tạo', en: 'the workbook to write' }),
      )
      .action(async (options: { pack?: string; out?: string }) => {
        const { runTemplate } = await import('./template.js');
        ctx.exitCode = await runTemplate(options, ctx);
      });
  },
};
