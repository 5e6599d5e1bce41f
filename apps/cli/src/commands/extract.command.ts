/** `dondoc extract`: the options and help; the work is in ./extract.ts. */
import { addCommand, t, type CommandModule } from '../program.js';

export const extractCommand: CommandModule = {
  name: 'extract',
  register(program, ctx) {
    addCommand(program, ctx, {
      name: 'extract',
      summary: {
        vi: 'soạn bản nháp bộ quy tắc từ văn bản chỉ đạo (.txt, .md, .docx)',
        en: "draft a rule pack from a directive's text (.txt, .md, .docx)",
      },
      description: {
        vi: 'Soạn bản nháp bộ quy tắc từ văn bản chỉ đạo: thời hạn, chế độ báo cáo, chỉ tiêu; mỗi mục kèm trích dẫn nguyên văn, vị trí ký tự và độ tin cậy.',
        en: "Drafts a rule pack from a directive's text: deadlines, report obligations, indicators; every item with its exact quote, character span and confidence.",
      },
      examples: [
        [
          'dondoc extract ke-hoach-45.docx --out nhap.json',
          { vi: 'bộ quy tắc nháp', en: 'the draft pack' },
        ],
        [
          'dondoc extract ke-hoach-45.docx --review',
          { vi: 'đối chiếu từng trích dẫn', en: 'review each quote' },
        ],
      ],
    })
      .argument('[files...]', t(ctx, { vi: 'văn bản chỉ đạo', en: 'the directive' }))
      .option(
        '-o, --out <file.json>',
        t(ctx, { vi: 'ghi kết quả vào tệp', en: 'write the result to a file' }),
      )
      .option(
        '--format <pack|items>',
        t(ctx, {
          vi: 'pack: bộ quy tắc nháp (mặc định); items: danh sách phẳng các mục (JSON)',
          en: 'pack: the draft pack (default); items: the flat item list (JSON)',
        }),
      )
      .option(
        '--review',
        t(ctx, {
          vi: 'in từng trích dẫn bên cạnh những gì rút ra từ nó, để người kiểm tra',
          en: 'print each quote beside what was drawn from it, for a person to check',
        }),
      )
      .action(
        async (files: string[], options: { out?: string; format?: string; review?: boolean }) => {
          const { runExtract } = await import('./extract.js');
          ctx.exitCode = await runExtract(files, options, ctx);
        },
      );
  },
};
