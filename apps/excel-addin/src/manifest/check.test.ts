import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  assetCallbacks,
  checkManifest,
  interpretOnlineValidation,
  isNetworkFailure,
  NS,
  parseXml,
  pngSize,
  XmlSyntaxError,
  attribute,
  type ManifestProblem,
  type ProblemCode,
} from './check.js';

const APP = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MANIFEST = readFileSync(join(APP, 'manifest.xml'), 'utf8');
const readAsset = (path: string): Uint8Array | undefined => {
  const file = join(APP, 'assets', path);
  return existsSync(file) ? readFileSync(file) : undefined;
};
const ASSETS = assetCallbacks(readAsset);

const VO = 'OfficeApp/VersionOverrides';
const BUTTON = `${VO}/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[@id="TabHome"]/Group[@id="dondoc.Group"]/Control[@id="dondoc.OpenTaskpane"]`;
const RES = `${VO}/Resources`;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

type Edit = readonly [from: string, to: string, all?: 'all'];

/** The valid manifest with each edit applied; an edit must match (exactly once unless 'all'). */
function mutate(...edits: Edit[]): string {
  let text = MANIFEST;
  for (const [from, to, all] of edits) {
    const count = text.split(from).length - 1;
    if (count === 0 || (count > 1 && all !== 'all')) {
      throw new Error(`edit "${from}" matches ${count} times in manifest.xml`);
    }
    text = text.split(from).join(to);
  }
  return text;
}

const lineOf = (pattern: string): string => {
  const line = MANIFEST.split('\n').find((l) => l.includes(pattern));
  if (line === undefined) throw new Error(`no line with ${pattern}`);
  return `${line}\n`;
};

interface Case {
  readonly name: string;
  readonly xml: string;
  readonly code: ProblemCode;
  readonly path: string;
}

const long = (n: number): string => 'Kiểm tra '.repeat(n).slice(0, n);

/** The whole attribute value in manifest.xml that starts with `start`. */
const valueStarting = (start: string): string => {
  const from = MANIFEST.indexOf(start);
  if (from < 0) throw new Error(`no value starting with ${start}`);
  return MANIFEST.slice(from, MANIFEST.indexOf('"', from));
};

/** Lines of manifest.xml from the one containing `first` to the one containing `last`. */
const lines = (first: string, last: string): string => {
  const all = MANIFEST.split('\n');
  const from = all.findIndex((l) => l.includes(first));
  const to = all.findIndex((l, i) => i >= from && l.includes(last));
  return `${all.slice(from, to + 1).join('\n')}\n`;
};

const CASES: readonly Case[] = [
  // 1. Root element.
  {
    name: 'root element renamed',
    xml: mutate(['<OfficeApp\n', '<OfficeAddin\n'], ['</OfficeApp>', '</OfficeAddin>']),
    code: 'root/element',
    path: 'OfficeAddin',
  },
  {
    name: 'root in the wrong namespace',
    xml: mutate([
      `xmlns="${NS.office}"`,
      'xmlns="http://schemas.microsoft.com/office/appforoffice/1.0"',
    ]),
    code: 'root/element',
    path: 'OfficeApp',
  },
  {
    name: 'content add-in instead of task pane',
    xml: mutate(['xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"']),
    code: 'root/type',
    path: 'OfficeApp',
  },
  {
    name: 'no xsi:type on the root',
    xml: mutate(['\n  xsi:type="TaskPaneApp">', '>']),
    code: 'root/type',
    path: 'OfficeApp',
  },
  {
    name: 'VersionOverrides without its xsi:type',
    xml: mutate([' xsi:type="VersionOverridesV1_0"', '']),
    code: 'root/type',
    path: VO,
  },
  // 2. Children and their order.
  {
    name: 'Id missing',
    xml: mutate([lineOf('<Id>'), '']),
    code: 'order/missing',
    path: 'OfficeApp/Id',
  },
  {
    name: 'Version before Id',
    xml: mutate([lineOf('<Id>') + lineOf('<Version>'), lineOf('<Version>') + lineOf('<Id>')]),
    code: 'order/misplaced',
    path: 'OfficeApp/Id',
  },
  {
    name: 'Version repeated',
    xml: mutate([lineOf('<Version>'), lineOf('<Version>').repeat(2)]),
    code: 'order/repeated',
    path: 'OfficeApp/Version[2]',
  },
  {
    name: 'Hosts after Requirements',
    xml: mutate(
      ['  <Hosts>\n    <Host Name="Workbook" />\n  </Hosts>\n', ''],
      [
        '  <DefaultSettings>',
        '  <Hosts>\n    <Host Name="Workbook" />\n  </Hosts>\n  <DefaultSettings>',
      ],
    ),
    code: 'order/misplaced',
    path: 'OfficeApp/Hosts',
  },
  {
    name: 'SupportUrl after Hosts',
    xml: mutate(
      [lineOf('<SupportUrl'), ''],
      ['  <Requirements>', lineOf('<SupportUrl') + '  <Requirements>'],
    ),
    code: 'order/misplaced',
    path: 'OfficeApp/SupportUrl',
  },
  {
    name: 'Permissions before DefaultSettings',
    xml: mutate(
      [lineOf('<Permissions>'), ''],
      ['  <DefaultSettings>', lineOf('<Permissions>') + '  <DefaultSettings>'],
    ),
    code: 'order/misplaced',
    path: 'OfficeApp/DefaultSettings',
  },
  {
    name: 'AlternateId after Version',
    xml: mutate([
      lineOf('<Version>'),
      lineOf('<Version>') + '  <AlternateId>en-US\\WA123456789</AlternateId>\n',
    ]),
    code: 'order/misplaced',
    path: 'OfficeApp/AlternateId',
  },
  {
    name: 'DefaultSettings missing',
    xml: mutate([
      '  <DefaultSettings>\n    <SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />\n  </DefaultSettings>\n',
      '',
    ]),
    code: 'order/missing',
    path: 'OfficeApp/DefaultSettings',
  },
  {
    name: 'Permissions missing',
    xml: mutate([lineOf('<Permissions>'), '']),
    code: 'order/missing',
    path: 'OfficeApp/Permissions',
  },
  {
    name: 'IconUrl missing',
    xml: mutate([lineOf('<IconUrl'), '']),
    code: 'order/missing',
    path: 'OfficeApp/IconUrl',
  },
  {
    name: 'Hosts missing',
    xml: mutate(['  <Hosts>\n    <Host Name="Workbook" />\n  </Hosts>\n', '']),
    code: 'order/missing',
    path: 'OfficeApp/Hosts',
  },
  {
    name: 'unknown element',
    xml: mutate([lineOf('<Permissions>'), lineOf('<Permissions>') + '  <Sandbox>true</Sandbox>\n']),
    code: 'order/unexpected',
    path: 'OfficeApp/Sandbox',
  },
  {
    name: 'VersionOverrides in the OfficeApp namespace',
    xml: mutate([`<VersionOverrides xmlns="${NS.overrides}" `, '<VersionOverrides ']),
    code: 'order/unexpected',
    path: VO,
  },
  {
    name: 'Supertip before Label in the button',
    xml: mutate([
      '<Label resid="Button.Label" />\n                  <Supertip>\n                    <Title resid="Button.Label" />\n                    <Description resid="Button.Tooltip" />\n                  </Supertip>',
      '<Supertip>\n                    <Title resid="Button.Label" />\n                    <Description resid="Button.Tooltip" />\n                  </Supertip>\n                  <Label resid="Button.Label" />',
    ]),
    code: 'order/misplaced',
    path: `${BUTTON}/Label`,
  },
  {
    name: 'ShowTaskpane without SourceLocation',
    xml: mutate([lineOf('<SourceLocation resid="Taskpane.Url"'), '']),
    code: 'order/missing',
    path: `${BUTTON}/Action/SourceLocation`,
  },
  {
    name: 'bt:Urls before bt:Images',
    xml: mutate(
      [lines('<bt:Urls>', '</bt:Urls>'), ''],
      ['      <bt:Images>', `${lines('<bt:Urls>', '</bt:Urls>')}      <bt:Images>`],
    ),
    code: 'order/misplaced',
    path: `${RES}/bt:Images`,
  },
  // 3. Id, Version, locales.
  {
    name: 'Id is not a GUID',
    xml: mutate(['<Id>f5df25a2-', '<Id>dondoc-']),
    code: 'value/id',
    path: 'OfficeApp/Id',
  },
  {
    name: 'Version with five parts',
    xml: mutate(['<Version>1.0.0.0<', '<Version>1.0.0.0.0<']),
    code: 'value/version',
    path: 'OfficeApp/Version',
  },
  {
    name: 'Version part above 65535',
    xml: mutate(['<Version>1.0.0.0<', '<Version>1.70000.0<']),
    code: 'value/version',
    path: 'OfficeApp/Version',
  },
  {
    name: 'Version with a letter',
    xml: mutate(['<Version>1.0.0.0<', '<Version>v1<']),
    code: 'value/version',
    path: 'OfficeApp/Version',
  },
  {
    name: 'DefaultLocale not a culture',
    xml: mutate(['<DefaultLocale>vi-VN<', '<DefaultLocale>tiếng Việt<']),
    code: 'value/locale',
    path: 'OfficeApp/DefaultLocale',
  },
  {
    name: 'Override Locale not a culture',
    xml: mutate([
      '<Override Locale="en-US" Value="dondoc – Check',
      '<Override Locale="English" Value="dondoc – Check',
    ]),
    code: 'value/locale',
    path: 'OfficeApp/DisplayName/Override',
  },
  // 4. URLs and lengths.
  {
    name: 'SourceLocation over http',
    xml: mutate([
      '<SourceLocation DefaultValue="https://',
      '<SourceLocation DefaultValue="http://',
    ]),
    code: 'url/https',
    path: 'OfficeApp/DefaultSettings/SourceLocation',
  },
  {
    name: 'IconUrl over http',
    xml: mutate(['<IconUrl DefaultValue="https', '<IconUrl DefaultValue="http']),
    code: 'url/https',
    path: 'OfficeApp/IconUrl',
  },
  {
    name: 'HighResolutionIconUrl over http',
    xml: mutate([
      '<HighResolutionIconUrl DefaultValue="https',
      '<HighResolutionIconUrl DefaultValue="http',
    ]),
    code: 'url/https',
    path: 'OfficeApp/HighResolutionIconUrl',
  },
  {
    name: 'SupportUrl over http',
    xml: mutate(['<SupportUrl DefaultValue="https', '<SupportUrl DefaultValue="http']),
    code: 'url/https',
    path: 'OfficeApp/SupportUrl',
  },
  {
    name: 'SupportUrl not absolute',
    xml: mutate(['<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="']),
    code: 'url/invalid',
    path: 'OfficeApp/SupportUrl',
  },
  {
    name: 'bt:Url over http',
    xml: mutate([
      '<bt:Url id="Taskpane.Url" DefaultValue="https',
      '<bt:Url id="Taskpane.Url" DefaultValue="http',
    ]),
    code: 'url/https',
    path: `${RES}/bt:Urls/bt:Url[@id="Taskpane.Url"]`,
  },
  {
    name: 'bt:Image over http',
    xml: mutate([
      '<bt:Image id="Icon.16" DefaultValue="https',
      '<bt:Image id="Icon.16" DefaultValue="http',
    ]),
    code: 'url/https',
    path: `${RES}/bt:Images/bt:Image[@id="Icon.16"]`,
  },
  {
    name: 'DisplayName of 126 characters',
    xml: mutate([
      'DisplayName DefaultValue="dondoc – Kiểm tra sổ theo dõi"',
      `DisplayName DefaultValue="${long(126)}"`,
    ]),
    code: 'value/length',
    path: 'OfficeApp/DisplayName',
  },
  {
    name: 'English DisplayName of 126 characters',
    xml: mutate(['Value="dondoc – Check tracking workbooks"', `Value="${'x'.repeat(126)}"`]),
    code: 'value/length',
    path: 'OfficeApp/DisplayName/Override',
  },
  {
    name: 'Description of 251 characters',
    xml: mutate([valueStarting('Kiểm tra việc thực hiện'), long(251)]),
    code: 'value/length',
    path: 'OfficeApp/Description',
  },
  {
    name: 'empty ProviderName',
    xml: mutate(['<ProviderName>dondoc<', '<ProviderName><']),
    code: 'value/length',
    path: 'OfficeApp/ProviderName',
  },
  {
    name: 'IconUrl without DefaultValue',
    xml: mutate(['<IconUrl DefaultValue="https://localhost:3000/icon-32.png" />', '<IconUrl />']),
    code: 'attribute/missing',
    path: 'OfficeApp/IconUrl',
  },
  // 5. Hosts and requirements.
  {
    name: 'host is Word',
    xml: mutate(['<Host Name="Workbook" />', '<Host Name="Document" />']),
    code: 'hosts/workbook',
    path: 'OfficeApp/Hosts',
  },
  {
    name: 'command host is Word',
    xml: mutate(['<Host xsi:type="Workbook">', '<Host xsi:type="Document">']),
    code: 'hosts/workbook',
    path: `${VO}/Hosts`,
  },
  {
    name: 'ExcelApi 1.2',
    xml: mutate([
      '<Set Name="ExcelApi" MinVersion="1.1" />',
      '<Set Name="ExcelApi" MinVersion="1.2" />',
    ]),
    code: 'requirements/excel-api',
    path: 'OfficeApp/Requirements/Sets/Set',
  },
  {
    name: 'ExcelApi 2.0',
    xml: mutate([
      '<Set Name="ExcelApi" MinVersion="1.1" />',
      '<Set Name="ExcelApi" MinVersion="2.0" />',
    ]),
    code: 'requirements/excel-api',
    path: 'OfficeApp/Requirements/Sets/Set',
  },
  {
    name: 'ExcelApi inheriting DefaultMinVersion 1.3',
    xml: mutate(
      ['<Sets DefaultMinVersion="1.1">', '<Sets DefaultMinVersion="1.3">'],
      [' MinVersion="1.1" />', ' />'],
    ),
    code: 'requirements/excel-api',
    path: 'OfficeApp/Requirements/Sets/Set',
  },
  {
    name: 'ExcelApi MinVersion not number.number',
    xml: mutate([
      '<Set Name="ExcelApi" MinVersion="1.1" />',
      '<Set Name="ExcelApi" MinVersion="1" />',
    ]),
    code: 'requirements/excel-api',
    path: 'OfficeApp/Requirements/Sets/Set',
  },
  // 6. Permissions.
  {
    name: 'mail permission',
    xml: mutate(['<Permissions>ReadWriteDocument<', '<Permissions>ReadWriteMailbox<']),
    code: 'permissions/value',
    path: 'OfficeApp/Permissions',
  },
  {
    name: 'permission with spaces',
    xml: mutate(['<Permissions>ReadWriteDocument<', '<Permissions> ReadWriteDocument <']),
    code: 'permissions/value',
    path: 'OfficeApp/Permissions',
  },
  // 7. Icons on the dev server.
  {
    name: 'IconUrl points at the 16 px icon',
    xml: mutate([
      '<IconUrl DefaultValue="https://localhost:3000/icon-32.png"',
      '<IconUrl DefaultValue="https://localhost:3000/icon-16.png"',
    ]),
    code: 'icon/size',
    path: 'OfficeApp/IconUrl',
  },
  {
    name: 'HighResolutionIconUrl points at the 128 px icon',
    xml: mutate(['icon-64.png', 'icon-128.png']),
    code: 'icon/size',
    path: 'OfficeApp/HighResolutionIconUrl',
  },
  {
    name: 'IconUrl file missing',
    xml: mutate([
      '<IconUrl DefaultValue="https://localhost:3000/icon-32.png"',
      '<IconUrl DefaultValue="https://localhost:3000/logo.png"',
    ]),
    code: 'icon/missing',
    path: 'OfficeApp/IconUrl',
  },
  {
    name: 'ribbon 80 px image points at the 64 px icon',
    xml: mutate([
      'DefaultValue="https://localhost:3000/icon-80.png"',
      'DefaultValue="https://localhost:3000/icon-64.png"',
    ]),
    code: 'icon/size',
    path: `${RES}/bt:Images/bt:Image[@id="Icon.80"]`,
  },
  {
    name: 'button icon without the 80 px image',
    xml: mutate(['                    <bt:Image size="80" resid="Icon.80" />\n', '']),
    code: 'icon/sizes',
    path: `${BUTTON}/Icon`,
  },
  // 8. Resources.
  {
    name: 'button label resid undefined',
    xml: mutate(['<Label resid="Button.Label" />', '<Label resid="Button.Title" />']),
    code: 'resource/undefined',
    path: `${BUTTON}/Label`,
  },
  {
    name: 'icon resid undefined',
    xml: mutate([
      '<bt:Image size="16" resid="Icon.16" />',
      '<bt:Image size="16" resid="Icon.17" />',
      'all',
    ]),
    code: 'resource/undefined',
    path: `${BUTTON}/Icon/bt:Image[1]`,
  },
  {
    name: 'task pane URL resid is a string',
    xml: mutate([
      '<SourceLocation resid="Taskpane.Url" />',
      '<SourceLocation resid="Button.Label" />',
    ]),
    code: 'resource/wrong-kind',
    path: `${BUTTON}/Action/SourceLocation`,
  },
  {
    name: 'tooltip resid is a short string',
    xml: mutate(['<Description resid="Button.Tooltip" />', '<Description resid="Button.Label" />']),
    code: 'resource/wrong-kind',
    path: `${BUTTON}/Supertip/Description`,
  },
  {
    name: 'resource id defined twice',
    xml: mutate(['<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"']),
    code: 'resource/duplicate',
    path: `${RES}/bt:Urls/bt:Url[@id="Taskpane.Url"]`,
  },
  {
    name: 'resource id of 33 characters',
    xml: mutate(['"Support.Url"', `"${'S'.repeat(33)}"`, 'all']),
    code: 'resource/id-length',
    path: `${RES}/bt:Urls/bt:Url[@id="${'S'.repeat(33)}"]`,
  },
  {
    name: 'short string of 126 characters',
    xml: mutate(['DefaultValue="Kiểm tra sổ theo dõi">', `DefaultValue="${long(126)}">`]),
    code: 'value/length',
    path: `${RES}/bt:ShortStrings/bt:String[@id="Button.Label"]`,
  },
  {
    name: 'English long string of 251 characters',
    xml: mutate([valueStarting('Open the dondoc pane'), 'x'.repeat(251)]),
    code: 'value/length',
    path: `${RES}/bt:LongStrings/bt:String[@id="Button.Tooltip"]/bt:Override`,
  },
  {
    name: 'bt:Url without DefaultValue',
    xml: mutate([
      '<bt:Url id="Support.Url" DefaultValue="https://dondoc.github.io/dondoc/" />',
      '<bt:Url id="Support.Url" />',
    ]),
    code: 'attribute/missing',
    path: `${RES}/bt:Urls/bt:Url[@id="Support.Url"]`,
  },
];

const show = (problems: readonly ManifestProblem[]): string =>
  problems.map((p) => `${p.code} ${p.path}: ${p.message.en}`).join('\n');

describe('checkManifest on manifest.xml', () => {
  it('finds no problem, icons included', () => {
    expect(show(checkManifest(MANIFEST, ASSETS))).toBe('');
  });

  it('is the add-in the issue asks for', () => {
    const root = parseXml(MANIFEST);
    const text = (local: string): string | undefined =>
      root.children.find((c) => c.local === local)?.text;
    expect(text('Version')).toBe('1.0.0.0');
    expect(text('ProviderName')).toBe('dondoc');
    expect(text('DefaultLocale')).toBe('vi-VN');
    expect(text('Permissions')).toBe('ReadWriteDocument');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.1" />');
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain('DefaultValue="Kiểm tra sổ theo dõi"');
    expect(MANIFEST).toContain('<Override Locale="en-US"');
  });

  it.each(CASES)('$name → $code at $path', ({ xml, code, path }) => {
    const problems = checkManifest(xml, ASSETS);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toContain(`${code} ${path}`);
  });

  it('words every problem in Vietnamese and English', () => {
    for (const { xml } of CASES) {
      for (const { message } of checkManifest(xml, ASSETS)) {
        expect(message.vi).toMatch(VIETNAMESE);
        expect(message.en.length).toBeGreaterThan(0);
        expect(message.en).not.toBe(message.vi);
      }
    }
  });

  it('explains why ExcelApi above 1.1 is refused', () => {
    const [problem] = checkManifest(mutate([' MinVersion="1.1" />', ' MinVersion="1.4" />']));
    expect(problem?.message.vi).toContain('Excel 2016');
    expect(problem?.message.en).toContain('Excel 2016');
  });

  it('skips icon files without asset callbacks, and on other origins', () => {
    const wrongSize = mutate(['icon-64.png', 'icon-128.png']);
    expect(checkManifest(wrongSize)).toEqual([]);
    const deployed = MANIFEST.split('https://localhost:3000/').join(
      'https://dondoc.example.org/addin/',
    );
    expect(checkManifest(deployed, ASSETS)).toEqual([]);
    expect(
      checkManifest(deployed, { ...ASSETS, devOrigin: 'https://dondoc.example.org' }).map(
        (p) => p.code,
      ),
    ).toContain('icon/missing');
  });

  it('reports an icon that is not a PNG', () => {
    const problems = checkManifest(MANIFEST, {
      assetExists: () => true,
      assetSize: () => undefined,
    });
    expect(problems.map((p) => `${p.code} ${p.path}`)).toContain('icon/not-png OfficeApp/IconUrl');
  });

  it('reports malformed XML with its line', () => {
    const line = MANIFEST.split('\n').findIndex((l) => l.includes('<Permissions>')) + 1;
    const problems = checkManifest(mutate(['</Permissions>', '</Permission>']));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('xml/syntax');
    expect(problems[0]?.path).toMatch(new RegExp(`^\\(dòng/line ${line}:\\d+\\)$`));
    expect(problems[0]?.message.vi).toMatch(VIETNAMESE);
  });

  it('names the line and column of malformed XML', () => {
    const [problem] = checkManifest(
      '<?xml version="1.0"?>\n<OfficeApp>\n  <Id>x</Idd>\n</OfficeApp>',
    );
    expect(problem?.code).toBe('xml/syntax');
    expect(problem?.message.vi).toContain('dòng 3, cột 8');
    expect(problem?.message.en).toContain('line 3, column 8');
  });
});

describe('parseXml', () => {
  it('reads declarations, comments, CDATA, entities, prefixes and single quotes', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- đầu -->\r\n<?app x?>\n' +
        `<a:Root xmlns:a="urn:a" xmlns="urn:d" x='1 &amp; 2' a:y="&#x41;&#66;&lt;&quot;&apos;">` +
        '<Child>Sổ <![CDATA[<theo> & dõi]]> &gt; hết<!-- c --></Child><b:E xmlns:b="urn:b" b:z="v"/></a:Root>\n<!-- cuối -->\n',
    );
    expect(root).toMatchObject({
      name: 'a:Root',
      prefix: 'a',
      local: 'Root',
      ns: 'urn:a',
      line: 4,
      path: 'a:Root',
    });
    expect(attribute(root, 'x')).toBe('1 & 2');
    expect(attribute(root, 'y', 'urn:a')).toBe('AB<"\'');
    expect(attribute(root, 'y')).toBeUndefined();
    const [child, e] = root.children;
    expect(child).toMatchObject({
      local: 'Child',
      ns: 'urn:d',
      text: 'Sổ <theo> & dõi > hết',
      path: 'a:Root/Child',
    });
    expect(e).toMatchObject({ local: 'E', ns: 'urn:b', path: 'a:Root/b:E' });
    expect(e && attribute(e, 'z', 'urn:b')).toBe('v');
  });

  it('numbers repeated siblings and names elements with an id', () => {
    const root = parseXml('<r><i/><i/><j id="k"/></r>');
    expect(root.children.map((c) => c.path)).toEqual(['r/i[1]', 'r/i[2]', 'r/j[@id="k"]']);
  });

  it('normalises whitespace in attribute values', () => {
    expect(attribute(parseXml('<r v="a\tb\nc"/>'), 'v')).toBe('a b c');
  });

  it.each([
    ['<r><a></r>', 'does not match'],
    ['<r>', 'not closed'],
    ['<r a="1" a="2"/>', 'repeated'],
    ['<p:r/>', 'Prefix "p" is not declared'],
    ['<r/><s/>', 'Content after the root'],
    ['<r>a & b</r>', 'must start a reference'],
    ['<r>&nbsp;</r>', 'Invalid reference'],
    ['<r>&#0;</r>', 'Invalid reference'],
    ['<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', 'DOCTYPE'],
    ['<r><!-- a -- b --></r>', 'must not contain "--"'],
    ['<r><!-- a </r>', 'not closed'],
    ['<r><![CDATA[x</r>', 'CDATA'],
    ['<r a=1/>', 'must be quoted'],
    ['<r a="<"/>', 'must not contain "<"'],
    ['<r>]]></r>', ']]>'],
    ['<r/><?xml version="1.0"?>', 'must come first'],
    ['', 'No root element'],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe('pngSize', () => {
  it.each([16, 32, 64, 80, 128])('reads assets/icon-%i.png', (size) => {
    const bytes = readAsset(`icon-${size}.png`);
    expect(bytes && pngSize(bytes)).toEqual({ width: size, height: size });
  });

  it('refuses what is not a PNG', () => {
    expect(
      pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(pngSize(readAsset('icon-16.png')?.subarray(0, 20) ?? new Uint8Array())).toBeUndefined();
  });
});

describe('online validation output', () => {
  const offline =
    'Error: Unable to contact the manifest validation service.\nFetchError: request to https://validationgateway.omex.office.net/package/api/check?clientId=devx failed, reason: getaddrinfo ENOTFOUND validationgateway.omex.office.net\n';

  it('skips when the service cannot be reached', () => {
    expect(interpretOnlineValidation(1, offline)).toBe('skipped');
    expect(isNetworkFailure(offline)).toBe(true);
    expect(
      isNetworkFailure('TypeError: fetch failed\n  cause: connect ECONNREFUSED 127.0.0.1:443'),
    ).toBe(true);
  });

  it('fails when the service finds the manifest invalid', () => {
    const out =
      'Error #1: \nXML Schema Validation Error: The element "Hosts" ... (link: https://aka.ms)\n\nThe manifest is not valid.\n';
    expect(interpretOnlineValidation(1, out)).toBe('invalid');
    expect(isNetworkFailure(out)).toBe(false);
  });

  it('passes when the service accepts it', () => {
    expect(interpretOnlineValidation(0, 'The manifest is valid.\n')).toBe('valid');
  });
});
