/** `dondoc pack validate|schema|docs|test` and `dondoc packs`: the options and help. */
import { CliError } from '../messages.js';
import { addCommand, t, type CommandModule } from '../program.js';
import { suggest } from '../suggest.js';
import { escapeControls } from '../terminal.js';

export const packCommand: CommandModule = {
  name: 'pack',
  register(program, ctx) {
    const pack = addCommand(program, ctx, {
      name: 'pack',
      summary: {
        vi: 'công cụ cho người soạn bộ quy tắc (validate, schema, docs, test)',
        en: "the pack author's tools (validate, schema, docs, test)",
      },
      examples: [
        [
          'dondoc pack validate huyen-duc-tho.json',
          { vi: 'kiểm tra một bộ quy tắc', en: 'check a pack' },
        ],
        [
          'dondoc pack docs quan-triet-ct32-ctr48 --format html --out danh-muc.html',
          { vi: 'danh mục việc phải làm theo từng cơ quan', en: 'a checklist of duties by agency' },
        ],
      ],
    });
    pack
      .argument('[command]')
      .allowExcessArguments(true)
      .action((sub: string | undefined) => {
        // "dondoc pack" alone: its help, as before; an unknown subcommand: a suggestion.
        if (sub === undefined) {
          ctx.out.write(pack.helpInformation());
          ctx.exitCode = 0;
          return;
        }
        const near = suggest(
          sub,
          pack.commands.map((c) => c.name()),
        );
        const name = escapeControls(sub);
        throw new CliError({
          vi: `Không có lệnh "pack ${name}".${near.length > 0 ? ` Có phải ý bạn là ${near.join(', ')}?` : ''} Gõ "dondoc pack --help" để xem các lệnh.`,
          en: `Unknown command "pack ${name}".${near.length > 0 ? ` Did you mean ${near.join(', ')}?` : ''} Run "dondoc pack --help" to see the commands.`,
        });
      });

    const sub = (
      name: string,
      summary: { vi: string; en: string },
      examples: ReadonlyArray<readonly [string, { vi: string; en: string }]>,
    ) => {
      return addCommand(pack, ctx, { name, summary, examples });
    };

    sub(
      'validate',
      {
        vi: 'kiểm tra bộ quy tắc; báo lỗi kèm đường dẫn JSON, dòng và cột',
        en: 'check a pack; problems with the JSON path, line and column',
      },
      [
        [
          'dondoc pack validate huyen-duc-tho.json',
          { vi: 'mã thoát 1 khi có lỗi', en: 'exit 1 on problems' },
        ],
      ],
    )
      .argument('[file]', t(ctx, { vi: 'tệp bộ quy tắc .json', en: 'the pack .json file' }))
      .action(async (file: string | undefined) => {
        const { runPackValidate } = await import('./pack.js');
        ctx.exitCode = runPackValidate(file, ctx);
      });

    sub(
      'schema',
      {
        vi: 'JSON Schema của bộ quy tắc (để trình soạn thảo gợi ý)',
        en: "the packs' JSON Schema (for editor completion)",
      },
      [
        [
          'dondoc pack schema --out dondoc-pack.schema.json',
          { vi: 'ghi ra tệp', en: 'write it to a file' },
        ],
      ],
    )
      .option('-o, --out <file>', t(ctx, { vi: 'ghi vào tệp', en: 'write to a file' }))
      .action(async (options: { out?: string }) => {
        const { runPackSchema } = await import('./pack.js');
        ctx.exitCode = await runPackSchema(options.out, ctx);
      });

    sub(
      'docs',
      {
        vi: 'danh mục việc phải làm theo từng cơ quan, kèm trích dẫn',
        en: 'a checklist of duties by agency, with quotes',
      },
      [
        [
          'dondoc pack docs quan-triet-ct32-ctr48 --format md',
          { vi: 'dạng Markdown', en: 'as Markdown' },
        ],
      ],
    )
      .argument('[pack]', t(ctx, { vi: 'mã hoặc tệp bộ quy tắc', en: 'pack id or file' }))
      .option(
        '--format <md|html>',
        t(ctx, { vi: 'md (mặc định) hoặc html', en: 'md (default) or html' }),
      )
      .option('-o, --out <file>', t(ctx, { vi: 'ghi vào tệp', en: 'write to a file' }))
      .action(async (ref: string | undefined, options: { format?: string; out?: string }) => {
        const { runPackDocs } = await import('./pack.js');
        ctx.exitCode = await runPackDocs(ref, options, ctx);
      });

    sub(
      'test',
      {
        vi: 'chạy các sổ mẫu với tệp *.expected.json bên cạnh, in phần khác',
        en: 'run fixture workbooks beside *.expected.json, print the diff',
      },
      [
        [
          'dondoc pack test packs/huyen-duc-tho/fixtures',
          { vi: 'mã thoát 1 khi có sổ khác kết quả mong đợi', en: 'exit 1 when a fixture differs' },
        ],
      ],
    )
      .argument('[folder]', t(ctx, { vi: 'thư mục sổ mẫu', en: 'fixture folder' }))
      .action(async (dir: string | undefined) => {
        const { runPackTest } = await import('./pack-test.js');
        ctx.exitCode = await runPackTest(dir, ctx.lang, ctx.out);
      });
  },
};

export const packsCommand: CommandModule = {
  name: 'packs',
  register(program, ctx) {
    addCommand(program, ctx, {
      name: 'packs',
      summary: { vi: 'liệt kê các bộ quy tắc đi kèm', en: 'list the bundled rule packs' },
      examples: [
        [
          'dondoc packs',
          { vi: 'mã, phiên bản và tên từng bộ', en: 'id, version and title of each' },
        ],
      ],
    }).action(async () => {
      const { listBundledPacks } = await import('@dondoc/rulepacks');
      const packs = listBundledPacks();
      const width = Math.max(...packs.map((p) => p.id.length));
      ctx.out.write(t(ctx, { vi: 'Các bộ quy tắc đi kèm:', en: 'Bundled rule packs:' }) + '\n');
      for (const p of packs)
        ctx.out.write(`  ${p.id.padEnd(width)}  ${p.version.padEnd(8)} ${p.title}\n`);
      ctx.exitCode = 0;
    });
  },
};
