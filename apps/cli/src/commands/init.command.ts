/** `dondoc init`: the options and help; the work is in ./init.ts. */
import { addCommand, t, type CommandModule } from '../program.js';
import type { InitOptions } from './init.js';

export const initCommand: CommandModule = {
  name: 'init',
  register(program, ctx) {
    addCommand(program, ctx, {
      name: 'init',
      summary: {
        vi: 'tạo tệp cấu hình dondoc.json cho thư mục sổ theo dõi',
        en: 'write a dondoc.json config file for a folder of workbooks',
      },
      description: {
        vi: 'Hỏi vài câu (cơ quan ban hành, thể thức, địa danh, người ký, bộ quy tắc, ghi lịch sử) rồi ghi dondoc.json, để "dondoc check" và "dondoc remind" không phải gõ lại các tham số. Không ghi đè tệp cấu hình đã có nếu không có --force.',
        en: 'Asks a few questions (issuer, layout, place, signer, pack, history) and writes dondoc.json, so that "dondoc check" and "dondoc remind" need no flags retyped. Never overwrites an existing config without --force.',
      },
      examples: [
        ['dondoc init', { vi: 'trả lời từng câu hỏi', en: 'answer each question' }],
        [
          'dondoc init --yes --issuer "HUYỆN ỦY ĐỨC THỌ" --place "Đức Thọ" --signer-position "PHÓ BÍ THƯ" --pack quan-triet-ct32-ctr48',
          {
            vi: 'không hỏi: lấy giá trị từ tham số (lịch sử bật, tắt bằng --no-history)',
            en: 'no questions: values from the flags (history on; --no-history turns it off)',
          },
        ],
      ],
    })
      .option(
        '--dir <folder>',
        t(ctx, {
          vi: 'thư mục ghi tệp cấu hình (mặc định: thư mục hiện tại)',
          en: 'folder to write the config in (default: the current one)',
        }),
      )
      .option(
        '-y, --yes',
        t(ctx, {
          vi: 'không hỏi, dùng tham số và giá trị mặc định',
          en: 'ask nothing: flags and defaults',
        }),
      )
      .option(
        '--force',
        t(ctx, { vi: 'ghi đè tệp cấu hình đã có', en: 'replace an existing config file' }),
      )
      .option(
        '--pack <id|file.json>',
        t(ctx, { vi: 'bộ quy tắc mặc định', en: 'default rule pack' }),
      )
      .option(
        '--issuer <name>',
        t(ctx, { vi: 'cơ quan ban hành thư đôn đốc', en: 'issuing body of the letters' }),
      )
      .option(
        '--issuer-kind <state|party>',
        t(ctx, {
          vi: 'thể thức: state (Nghị định 30/2020) hoặc party (Hướng dẫn 36-HD/VPTW)',
          en: 'layout: state (Decree 30/2020) or party (Hướng dẫn 36-HD/VPTW)',
        }),
      )
      .option('--superior <name>', t(ctx, { vi: 'cơ quan cấp trên', en: 'superior body' }))
      .option('--office <name>', t(ctx, { vi: 'đơn vị tham mưu', en: 'office under the issuer' }))
      .option('--place <name>', t(ctx, { vi: 'địa danh', en: 'place' }))
      .option(
        '--number-symbol <text>',
        t(ctx, {
          vi: 'ký hiệu sau số công văn, ví dụ CV/VPHU',
          en: 'symbol after the number, e.g. CV/VPHU',
        }),
      )
      .option(
        '--signer-authority <text>',
        t(ctx, {
          vi: 'quyền hạn ký, ví dụ "T/M BAN THƯỜNG VỤ"',
          en: 'signing authority, e.g. "T/M BAN THƯỜNG VỤ"',
        }),
      )
      .option(
        '--signer-position <text>',
        t(ctx, { vi: 'chức vụ người ký', en: "signer's position" }),
      )
      .option('--signer-name <text>', t(ctx, { vi: 'họ tên người ký', en: "signer's name" }))
      .option('-o, --out <folder>', t(ctx, { vi: 'thư mục ghi kết quả', en: 'output folder' }))
      .option(
        '--history <file.sqlite>',
        t(ctx, {
          vi: 'tệp lịch sử (mặc định: dondoc-lich-su.sqlite)',
          en: 'history file (default: dondoc-lich-su.sqlite)',
        }),
      )
      .option('--no-history', t(ctx, { vi: 'không ghi lịch sử kiểm tra', en: 'keep no history' }))
      .action(async (options: InitOptions) => {
        const { runInit } = await import('./init.js');
        ctx.exitCode = await runInit(options, ctx);
      });
  },
};
