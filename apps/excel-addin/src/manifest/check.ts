/**
 * Offline checks for the add-in's XML manifest (`manifest.xml`).
 *
 * Microsoft's validator (`office-addin-manifest validate`) only works online, and no npm package
 * ships the manifest XSDs, so this module re-states the parts of the schema dondoc's manifest uses.
 * Sources: the task-pane XSDs published with the Office Add-ins docs
 * (OfficeDev/office-js-docs-pr, docs/overview/schemas/taskpane/OfficeAppManifestV1_1.xsd,
 * TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd), the page "How to find the
 * proper order of manifest elements", and the IconUrl / HighResolutionIconUrl / Version element
 * references. In particular the TaskPaneApp child sequence is
 * `OfficeApp` (Id, AlternateId?, Version, ProviderName, DefaultLocale, DisplayName, Description,
 * IconUrl?, HighResolutionIconUrl?, SupportUrl?, AppDomains?, Hosts?) followed by the TaskPaneApp
 * extension (Requirements?, DefaultSettings, Permissions, Dictionary?, VersionOverrides?,
 * Signature?). dondoc also requires IconUrl and Hosts, which the schema leaves optional.
 *
 * What is checked (each problem has a stable `code`):
 * 1. the root is `OfficeApp` in the appforoffice/1.1 namespace with `xsi:type="TaskPaneApp"`;
 * 2. children present, not repeated and in schema order, here and inside VersionOverrides;
 * 3. `Id` is a GUID, `Version` is 1–4 dot-separated parts of at most 5 digits and ≤ 65535,
 *    culture names are well formed;
 * 4. every URL is an absolute https URL; string lengths (ShortString ≤ 125, LongString ≤ 250);
 * 5. `Hosts` has `Workbook`; `Requirements` asks for ExcelApi ≤ 1.1 (Excel 2016);
 * 6. `Permissions` is one of the schema's values;
 * 7. icons served by the dev server exist under `assets/` with the right pixel size;
 * 8. every `resid` is defined in the matching `Resources` collection; resource ids ≤ 32.
 *
 * URLs on the dev origin (`https://localhost:3000`, vite's dev server, whose publicDir is
 * `assets/`) are mapped to files under `assets/`. A deployment rewrites that origin to its own;
 * URLs on other origins are only checked for https, not fetched.
 *
 * This module is pure: file access comes in through {@link CheckOptions}.
 */

import type { Message } from '@dondoc/core';

export type ProblemCode =
  | 'xml/syntax'
  | 'root/element'
  | 'root/type'
  | 'order/missing'
  | 'order/misplaced'
  | 'order/repeated'
  | 'order/unexpected'
  | 'attribute/missing'
  | 'value/id'
  | 'value/version'
  | 'value/locale'
  | 'value/length'
  | 'url/invalid'
  | 'url/https'
  | 'hosts/workbook'
  | 'requirements/excel-api'
  | 'permissions/value'
  | 'icon/missing'
  | 'icon/not-png'
  | 'icon/size'
  | 'icon/sizes'
  | 'resource/undefined'
  | 'resource/wrong-kind'
  | 'resource/duplicate'
  | 'resource/id-length';

export interface ManifestProblem {
  readonly code: ProblemCode;
  /** Where, as element names from the root, e.g. `OfficeApp/DefaultSettings/SourceLocation`. */
  readonly path: string;
  readonly message: Message;
}

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

export interface CheckOptions {
  /** Whether `assets/<path>` exists. Without it, icon files are not checked. */
  readonly assetExists?: (path: string) => boolean;
  /** Pixel size of `assets/<path>` if it is a PNG, else undefined. */
  readonly assetSize?: (path: string) => PixelSize | undefined;
  /** Origin whose URLs are files under `assets/`. Default `https://localhost:3000`. */
  readonly devOrigin?: string;
}

export const DEV_ORIGIN = 'https://localhost:3000';

export const NS = {
  office: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

// ---------------------------------------------------------------------------------------------
// A small namespace-aware XML parser, enough for manifests: elements, attributes, namespace
// prefixes, character and predefined entity references, comments, CDATA, processing instructions
// and the XML declaration. DOCTYPE (and so custom entities) is rejected.

export interface XmlAttribute {
  readonly name: string;
  readonly local: string;
  readonly ns: string;
  readonly value: string;
}

export interface XmlElement {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly ns: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** Character data directly inside this element (text and CDATA), entities decoded. */
  readonly text: string;
  readonly line: number;
  /** Element names from the root, see {@link ManifestProblem.path}. */
  readonly path: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: Message,
  ) {
    super(`${detail.en} (line ${line}, column ${column})`);
    this.name = 'XmlSyntaxError';
  }
}

interface MutableElement {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attributes: XmlAttribute[];
  children: MutableElement[];
  text: string;
  line: number;
  path: string;
  scope: Map<string, string>;
}

// XML names, simplified: any non-ASCII character above U+00BF is accepted as a name character.
const NAME_RE = /[A-Za-z_:\u00C0-\uFFFD][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFD]*/y;
const SPACE_RE = /[ \t\r\n]*/y;

/** Parses `source` into its root element; throws {@link XmlSyntaxError}. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let pos = 0;

  const fail = (at: number, vi: string, en: string): never => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new XmlSyntaxError(line, column, { vi, en });
  };
  const lineAt = (at: number): number => text.slice(0, at).split('\n').length;
  const skipSpace = (): void => {
    SPACE_RE.lastIndex = pos;
    SPACE_RE.exec(text);
    pos = SPACE_RE.lastIndex;
  };
  const readName = (): string => {
    NAME_RE.lastIndex = pos;
    const match = NAME_RE.exec(text);
    if (!match) return fail(pos, 'Thiếu tên phần tử hoặc thuộc tính.', 'Expected a name.');
    pos = NAME_RE.lastIndex;
    return match[0];
  };
  const expect = (literal: string, vi: string, en: string): void => {
    if (!text.startsWith(literal, pos)) fail(pos, vi, en);
    pos += literal.length;
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&<]*);?/g, (whole, body: string, offset: number) => {
      if (!whole.endsWith(';')) {
        return fail(
          at + offset,
          'Dấu & phải mở đầu một tham chiếu như &amp;.',
          'A & must start a reference such as &amp;.',
        );
      }
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      const known = named[body];
      if (known !== undefined) return known;
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
      const code = numeric ? parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10) : NaN;
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) {
        return fail(
          at + offset,
          `Tham chiếu không hợp lệ: ${whole}`,
          `Invalid reference: ${whole}`,
        );
      }
      return String.fromCodePoint(code);
    });
  const skipComment = (): void => {
    const end = text.indexOf('-->', pos + 4);
    if (end < 0)
      fail(pos, 'Chú thích <!-- chưa được đóng bằng -->.', 'Comment <!-- is not closed by -->.');
    if (text.slice(pos + 4, end).includes('--')) {
      fail(pos, 'Chú thích không được chứa "--".', 'A comment must not contain "--".');
    }
    pos = end + 3;
  };
  const skipProcessingInstruction = (): void => {
    const start = pos;
    pos += 2;
    const target = readName();
    if (target.toLowerCase() === 'xml') {
      fail(
        start,
        'Khai báo <?xml ...?> chỉ được đứng đầu tệp.',
        'The <?xml ...?> declaration must come first in the file.',
      );
    }
    const end = text.indexOf('?>', pos);
    if (end < 0)
      fail(
        start,
        'Chỉ thị <? chưa được đóng bằng ?>.',
        'Processing instruction <? is not closed by ?>.',
      );
    pos = end + 2;
  };
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', pos)) skipComment();
      else if (text.startsWith('<?', pos)) skipProcessingInstruction();
      else if (text.startsWith('<!DOCTYPE', pos)) {
        fail(
          pos,
          'Manifest không được có khai báo DOCTYPE.',
          'A manifest must not have a DOCTYPE declaration.',
        );
      } else return;
    }
  };
  const resolve = (prefix: string, scope: Map<string, string>, at: number): string => {
    const ns = scope.get(prefix);
    if (ns === undefined) {
      return fail(
        at,
        `Tiền tố "${prefix}" chưa được khai báo (xmlns:${prefix}).`,
        `Prefix "${prefix}" is not declared (xmlns:${prefix}).`,
      );
    }
    return ns;
  };
  const split = (name: string): [string, string] => {
    const colon = name.indexOf(':');
    return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
  };

  const readStartTag = (
    parentScope: Map<string, string>,
  ): { element: MutableElement; empty: boolean } => {
    const start = pos;
    pos += 1;
    const name = readName();
    const raw: { name: string; value: string; at: number }[] = [];
    for (;;) {
      const beforeSpace = pos;
      skipSpace();
      if (text.startsWith('/>', pos) || text.startsWith('>', pos)) break;
      if (pos === beforeSpace)
        fail(
          pos,
          'Thiếu khoảng trắng trước thuộc tính.',
          'Expected whitespace before an attribute.',
        );
      const at = pos;
      const attrName = readName();
      skipSpace();
      expect('=', `Thuộc tính ${attrName} thiếu dấu =.`, `Attribute ${attrName} lacks =.`);
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") {
        fail(
          pos,
          `Giá trị của ${attrName} phải nằm trong dấu nháy.`,
          `The value of ${attrName} must be quoted.`,
        );
      }
      const end = text.indexOf(quote ?? '"', pos + 1);
      if (end < 0)
        fail(
          pos,
          `Giá trị của ${attrName} chưa đóng nháy.`,
          `The value of ${attrName} is not closed.`,
        );
      const rawValue = text.slice(pos + 1, end);
      if (rawValue.includes('<'))
        fail(
          pos,
          `Giá trị của ${attrName} không được chứa "<".`,
          `The value of ${attrName} must not contain "<".`,
        );
      if (raw.some((a) => a.name === attrName)) {
        fail(at, `Thuộc tính ${attrName} bị lặp.`, `Attribute ${attrName} is repeated.`);
      }
      raw.push({ name: attrName, value: decode(rawValue, pos + 1).replace(/[\t\n\r]/g, ' '), at });
      pos = end + 1;
    }
    const empty = text.startsWith('/>', pos);
    pos += empty ? 2 : 1;

    const scope = new Map(parentScope);
    for (const a of raw) {
      if (a.name === 'xmlns') scope.set('', a.value);
      else if (a.name.startsWith('xmlns:')) {
        if (a.value === '')
          fail(a.at, `Không được bỏ khai báo ${a.name}.`, `${a.name} must not be empty.`);
        scope.set(a.name.slice(6), a.value);
      }
    }
    const [prefix, local] = split(name);
    const ns = prefix === '' ? (scope.get('') ?? '') : resolve(prefix, scope, start);
    const attributes: XmlAttribute[] = raw.map((a) => {
      const [attrPrefix, attrLocal] = split(a.name);
      if (a.name === 'xmlns' || attrPrefix === 'xmlns') {
        return { name: a.name, local: attrLocal, ns: NS.xmlns, value: a.value };
      }
      const attrNs = attrPrefix === '' ? '' : resolve(attrPrefix, scope, a.at);
      return { name: a.name, local: attrLocal, ns: attrNs, value: a.value };
    });
    const element: MutableElement = {
      name,
      prefix,
      local,
      ns,
      attributes,
      children: [],
      text: '',
      line: lineAt(start),
      path: '',
      scope,
    };
    return { element, empty };
  };

  // Prolog.
  if (text.startsWith('<?xml', pos) && /[ \t\n?]/.test(text[pos + 5] ?? '')) {
    const end = text.indexOf('?>', pos);
    if (end < 0)
      fail(
        pos,
        'Khai báo <?xml chưa được đóng bằng ?>.',
        'The <?xml declaration is not closed by ?>.',
      );
    pos = end + 2;
  }
  skipMisc();
  if (text[pos] !== '<') fail(pos, 'Không tìm thấy phần tử gốc.', 'No root element found.');

  const rootScope = new Map<string, string>([['xml', NS.xml]]);
  const { element: root, empty: rootEmpty } = readStartTag(rootScope);
  const stack: MutableElement[] = rootEmpty ? [] : [root];
  while (stack.length > 0) {
    const current = stack[stack.length - 1] as MutableElement;
    const next = text.indexOf('<', pos);
    if (next < 0)
      fail(
        text.length,
        `Phần tử <${current.name}> chưa được đóng.`,
        `Element <${current.name}> is not closed.`,
      );
    const chars = text.slice(pos, next);
    if (chars.includes(']]>'))
      fail(pos, 'Văn bản không được chứa "]]>".', 'Text must not contain "]]>".');
    current.text += decode(chars, pos);
    pos = next;
    if (text.startsWith('</', pos)) {
      const at = pos;
      pos += 2;
      const name = readName();
      skipSpace();
      expect('>', `Thẻ đóng </${name} thiếu ">".`, `End tag </${name} lacks ">".`);
      if (name !== current.name) {
        fail(
          at,
          `Thẻ đóng </${name}> không khớp với <${current.name}> (dòng ${current.line}).`,
          `End tag </${name}> does not match <${current.name}> (line ${current.line}).`,
        );
      }
      stack.pop();
    } else if (text.startsWith('<!--', pos)) skipComment();
    else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos);
      if (end < 0)
        fail(pos, 'Khối CDATA chưa được đóng bằng ]]>.', 'CDATA section is not closed by ]]>.');
      current.text += text.slice(pos + 9, end);
      pos = end + 3;
    } else if (text.startsWith('<?', pos)) skipProcessingInstruction();
    else if (text.startsWith('<!', pos)) {
      fail(pos, 'Khai báo <! không được phép ở đây.', 'A <! declaration is not allowed here.');
    } else {
      const { element, empty } = readStartTag(current.scope);
      current.children.push(element);
      if (!empty) stack.push(element);
    }
  }
  skipMisc();
  if (pos < text.length)
    fail(pos, 'Có nội dung sau phần tử gốc.', 'Content after the root element.');

  assignPaths(root, root.name);
  return root;
}

function assignPaths(element: MutableElement, path: string): void {
  element.path = path;
  const seen = new Map<string, number>();
  for (const child of element.children) {
    const count = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, count);
    const total = element.children.filter((c) => c.name === child.name).length;
    const id = child.attributes.find((a) => a.name === 'id')?.value;
    const suffix = id !== undefined ? `[@id="${id}"]` : total > 1 ? `[${count}]` : '';
    assignPaths(child, `${path}/${child.name}${suffix}`);
  }
}

/** Value of the attribute `local` in namespace `ns` (no namespace by default). */
export function attribute(element: XmlElement, local: string, ns = ''): string | undefined {
  return element.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

/** The local part of an `xsi:type` value (QName). */
function xsiType(element: XmlElement): string | undefined {
  const value = attribute(element, 'type', NS.xsi);
  return value === undefined ? undefined : value.slice(value.indexOf(':') + 1);
}

function childrenNamed(element: XmlElement, local: string, ns: string): XmlElement[] {
  return element.children.filter((c) => c.local === local && c.ns === ns);
}

function childNamed(element: XmlElement, local: string, ns: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local && c.ns === ns);
}

/** Every element below `element` (not itself) in document order, not entering `skip`. */
function descendants(
  element: XmlElement,
  skip: (e: XmlElement) => boolean = () => false,
): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of e.children) {
      if (skip(child)) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

// ---------------------------------------------------------------------------------------------
// PNG size.

/** Width and height from a PNG's IHDR chunk, or undefined if `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): PixelSize | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** {@link CheckOptions} asset callbacks over a file reader (undefined: no such file). */
export function assetCallbacks(
  read: (path: string) => Uint8Array | undefined,
): Required<Pick<CheckOptions, 'assetExists' | 'assetSize'>> {
  return {
    assetExists: (path) => read(path) !== undefined,
    assetSize: (path) => {
      const bytes = read(path);
      return bytes ? pngSize(bytes) : undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Schema sequences.

interface Slot {
  readonly local: string;
  readonly ns: string;
  readonly min: number;
  readonly max: number;
  /** Why dondoc requires an element the schema leaves optional. */
  readonly why?: Message;
}

const ONE = { min: 1, max: 1 } as const;
const OPTIONAL = { min: 0, max: 1 } as const;
const MANY = { min: 0, max: Infinity } as const;
const SOME = { min: 1, max: Infinity } as const;

const slot = (
  local: string,
  ns: string,
  occurs: { min: number; max: number },
  why?: Message,
): Slot => (why ? { local, ns, ...occurs, why } : { local, ns, ...occurs });

/** OfficeApp then its TaskPaneApp extension (OfficeAppManifestV1_1.xsd). */
const TASK_PANE_APP: readonly Slot[] = [
  slot('Id', NS.office, ONE),
  slot('AlternateId', NS.office, OPTIONAL),
  slot('Version', NS.office, ONE),
  slot('ProviderName', NS.office, ONE),
  slot('DefaultLocale', NS.office, ONE),
  slot('DisplayName', NS.office, ONE),
  slot('Description', NS.office, ONE),
  slot('IconUrl', NS.office, ONE, {
    vi: 'dondoc cần biểu tượng để hiện trong Chèn > Bổ trợ của tôi',
    en: 'dondoc needs an icon to show in Insert > My Add-ins',
  }),
  slot('HighResolutionIconUrl', NS.office, OPTIONAL),
  slot('SupportUrl', NS.office, OPTIONAL),
  slot('AppDomains', NS.office, OPTIONAL),
  slot('Hosts', NS.office, ONE, {
    vi: 'thiếu Hosts thì bổ trợ hiện cả trong Word, PowerPoint… mà dondoc chỉ dành cho Excel',
    en: 'without Hosts the add-in also shows in Word, PowerPoint… while dondoc is for Excel only',
  }),
  slot('Requirements', NS.office, OPTIONAL),
  slot('DefaultSettings', NS.office, ONE),
  slot('Permissions', NS.office, ONE),
  slot('Dictionary', NS.office, OPTIONAL),
  slot('VersionOverrides', NS.overrides, OPTIONAL),
  slot('Signature', NS.dsig, OPTIONAL),
];

const o = (local: string, occurs: { min: number; max: number }): Slot =>
  slot(local, NS.overrides, occurs);
const b = (local: string, occurs: { min: number; max: number }): Slot => slot(local, NS.bt, occurs);

/** Sequences inside VersionOverrides (TaskPaneAppVersionOverridesV1_0.xsd), by element kind. */
const OVERRIDES: Record<string, readonly Slot[]> = {
  VersionOverrides: [
    o('Description', OPTIONAL),
    o('Requirements', OPTIONAL),
    o('Hosts', OPTIONAL),
    o('Resources', OPTIONAL),
    o('WebApplicationInfo', OPTIONAL),
    o('EquivalentAddins', OPTIONAL),
    slot('VersionOverrides', `${NS.overrides}/1.1`, OPTIONAL),
  ],
  Hosts: [o('Host', SOME)],
  Host: [o('AllFormFactors', OPTIONAL), o('DesktopFormFactor', OPTIONAL)],
  DesktopFormFactor: [
    o('GetStarted', OPTIONAL),
    o('FunctionFile', OPTIONAL),
    o('ExtensionPoint', SOME),
  ],
  GetStarted: [o('Title', ONE), o('Description', ONE), o('LearnMoreUrl', ONE)],
  PrimaryCommandSurface: [o('OfficeTab', MANY), o('CustomTab', MANY)],
  ContextMenu: [o('OfficeMenu', SOME)],
  OfficeTab: [o('Group', SOME)],
  OfficeMenu: [o('Control', SOME)],
  Group: [o('Label', ONE), o('Icon', ONE), o('Control', SOME)],
  Button: [o('Label', ONE), o('Supertip', ONE), o('Icon', ONE), o('Action', ONE)],
  Menu: [o('Label', ONE), o('Supertip', ONE), o('Icon', ONE), o('Items', ONE)],
  Items: [o('Item', SOME)],
  Item: [o('Label', ONE), o('Supertip', ONE), o('Icon', OPTIONAL), o('Action', ONE)],
  Supertip: [o('Title', ONE), o('Description', ONE)],
  Icon: [b('Image', SOME)],
  ShowTaskpane: [o('TaskpaneId', OPTIONAL), o('SourceLocation', ONE), o('Title', OPTIONAL)],
  ExecuteFunction: [o('FunctionName', ONE)],
  Resources: [
    b('Images', OPTIONAL),
    b('Urls', OPTIONAL),
    b('ShortStrings', OPTIONAL),
    b('LongStrings', OPTIONAL),
  ],
  Images: [b('Image', MANY)],
  Urls: [b('Url', MANY)],
  ShortStrings: [b('String', MANY)],
  LongStrings: [b('String', MANY)],
  ResourceItem: [b('Override', MANY)],
};

const LOCALE_AWARE: readonly Slot[] = [slot('Override', NS.office, MANY)];

const display = (s: Slot): string => (s.ns === NS.bt ? `bt:${s.local}` : s.local);

// ---------------------------------------------------------------------------------------------
// The checks.

const UUID_RE =
  /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const VERSION_RE = /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION_RE = /^([0-9]{1,5})\.([0-9]{1,5})$/;
const CULTURE_RE =
  /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

export const PERMISSIONS = [
  'Restricted',
  'ReadDocument',
  'ReadAllDocument',
  'WriteDocument',
  'ReadWriteDocument',
] as const;

const SHORT = 125;
const LONG = 250;
const URL_MAX = 2048;
const RESOURCE_ID_MAX = 32;
/** Icon sizes each Icon element must list (OfficeAppBasicTypesV1_0.xsd, ImageResourceReference). */
const REQUIRED_ICON_SIZES = [16, 32, 80];

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

const KIND_NAMES: Record<ResourceKind, Message> = {
  Images: { vi: 'hình (bt:Images)', en: 'images (bt:Images)' },
  Urls: { vi: 'địa chỉ (bt:Urls)', en: 'URLs (bt:Urls)' },
  ShortStrings: { vi: 'chuỗi ngắn (bt:ShortStrings)', en: 'short strings (bt:ShortStrings)' },
  LongStrings: { vi: 'chuỗi dài (bt:LongStrings)', en: 'long strings (bt:LongStrings)' },
};

const length = (s: string): number => Array.from(s).length;

class Checker {
  readonly problems: ManifestProblem[] = [];
  /** Icons to look for under assets/: URL, expected size, where it is used. */
  readonly icons: { url: string; size: number; path: string; what: string }[] = [];

  constructor(private readonly options: CheckOptions) {}

  add(code: ProblemCode, path: string, vi: string, en: string): void {
    this.problems.push({ code, path, message: { vi, en } });
  }

  /** Children of `element` against `slots`: unknown, misplaced, repeated and missing elements. */
  sequence(element: XmlElement, slots: readonly Slot[]): void {
    const counts = new Map<Slot, number>();
    let position = 0;
    let last: XmlElement | undefined;
    for (const child of element.children) {
      const matches = (s: Slot): boolean => s.local === child.local && s.ns === child.ns;
      const index = slots.findIndex((s, i) => i >= position && matches(s));
      const earlier = slots.find(matches);
      if (index >= 0) {
        const s = slots[index] as Slot;
        const count = (counts.get(s) ?? 0) + 1;
        counts.set(s, count);
        if (count > s.max) {
          this.add(
            'order/repeated',
            child.path,
            `<${child.name}> chỉ được xuất hiện một lần trong <${element.name}>.`,
            `<${child.name}> may appear only once in <${element.name}>.`,
          );
        }
        position = index;
        last = child;
      } else if (earlier) {
        counts.set(earlier, (counts.get(earlier) ?? 0) + 1);
        const after = last ? last.name : element.name;
        this.add(
          'order/misplaced',
          child.path,
          `<${child.name}> nằm sai thứ tự: phải đứng trước <${after}>. Thứ tự đúng: ${slots.map(display).join(', ')}.`,
          `<${child.name}> is out of order: it must come before <${after}>. Schema order: ${slots.map(display).join(', ')}.`,
        );
      } else {
        const sameName = slots.find((s) => s.local === child.local);
        if (sameName) {
          this.add(
            'order/unexpected',
            child.path,
            `<${child.name}> thuộc sai không gian tên "${child.ns}"; cần "${sameName.ns}".`,
            `<${child.name}> is in the wrong namespace "${child.ns}"; expected "${sameName.ns}".`,
          );
        } else {
          this.add(
            'order/unexpected',
            child.path,
            `<${child.name}> không phải phần tử con hợp lệ của <${element.name}>. Các phần tử được phép: ${slots.map(display).join(', ')}.`,
            `<${child.name}> is not a valid child of <${element.name}>. Allowed: ${slots.map(display).join(', ')}.`,
          );
        }
      }
    }
    for (const s of slots) {
      if (s.min > 0 && !counts.has(s)) {
        const whyVi = s.why ? ` (${s.why.vi})` : '';
        const whyEn = s.why ? ` (${s.why.en})` : '';
        this.add(
          'order/missing',
          `${element.path}/${display(s)}`,
          `Thiếu phần tử bắt buộc <${display(s)}> trong <${element.name}>${whyVi}.`,
          `Missing required element <${display(s)}> in <${element.name}>${whyEn}.`,
        );
      }
    }
  }

  required(element: XmlElement, local: string): string | undefined {
    const value = attribute(element, local);
    if (value === undefined) {
      this.add(
        'attribute/missing',
        element.path,
        `<${element.name}> thiếu thuộc tính ${local}.`,
        `<${element.name}> lacks the ${local} attribute.`,
      );
    }
    return value;
  }

  text(element: XmlElement, what: Message, max: number, value: string): void {
    const n = length(value);
    if (n === 0) {
      this.add(
        'value/length',
        element.path,
        `${what.vi} không được để trống.`,
        `${what.en} must not be empty.`,
      );
    } else if (n > max) {
      this.add(
        'value/length',
        element.path,
        `${what.vi} dài ${n} ký tự, tối đa ${max}: "${value}".`,
        `${what.en} is ${n} characters long, at most ${max}: "${value}".`,
      );
    }
  }

  locale(element: XmlElement, value: string): void {
    if (!CULTURE_RE.test(value)) {
      this.add(
        'value/locale',
        element.path,
        `"${value}" không phải mã ngôn ngữ hợp lệ (ví dụ vi-VN, en-US).`,
        `"${value}" is not a valid culture name (e.g. vi-VN, en-US).`,
      );
    }
  }

  url(element: XmlElement, value: string, attributeName: string): void {
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || length(value) > URL_MAX) {
      this.add(
        'url/invalid',
        element.path,
        `${attributeName} của <${element.name}> không phải địa chỉ tuyệt đối hợp lệ (tối đa ${URL_MAX} ký tự): "${value}".`,
        `${attributeName} of <${element.name}> is not a valid absolute URL (at most ${URL_MAX} characters): "${value}".`,
      );
    } else if (parsed.protocol !== 'https:') {
      this.add(
        'url/https',
        element.path,
        `${attributeName} của <${element.name}> phải dùng https (Office không tải trang, biểu tượng qua http): "${value}".`,
        `${attributeName} of <${element.name}> must use https (Office loads no page or icon over http): "${value}".`,
      );
    }
  }

  /** DisplayName, Description, IconUrl…: DefaultValue and Override Locale/Value. */
  localeAware(
    element: XmlElement,
    kind: 'short' | 'long' | 'url',
    what: Message,
    iconSize?: number,
  ): void {
    this.sequence(element, LOCALE_AWARE);
    const values: { element: XmlElement; value: string; name: string }[] = [];
    const defaultValue = this.required(element, 'DefaultValue');
    if (defaultValue !== undefined)
      values.push({ element, value: defaultValue, name: 'DefaultValue' });
    for (const override of childrenNamed(element, 'Override', NS.office)) {
      const locale = this.required(override, 'Locale');
      if (locale !== undefined) this.locale(override, locale);
      const value = this.required(override, 'Value');
      if (value !== undefined) values.push({ element: override, value, name: 'Value' });
    }
    for (const v of values) {
      if (kind === 'url') {
        this.url(v.element, v.value, v.name);
        if (iconSize !== undefined)
          this.icons.push({
            url: v.value,
            size: iconSize,
            path: v.element.path,
            what: element.name,
          });
      } else {
        this.text(v.element, what, kind === 'short' ? SHORT : LONG, v.value);
      }
    }
  }

  run(root: XmlElement): void {
    if (root.local !== 'OfficeApp' || root.ns !== NS.office) {
      this.add(
        'root/element',
        root.path,
        `Phần tử gốc phải là <OfficeApp xmlns="${NS.office}">, không phải <${root.name}> (không gian tên "${root.ns}").`,
        `The root element must be <OfficeApp xmlns="${NS.office}">, not <${root.name}> (namespace "${root.ns}").`,
      );
      return;
    }
    const type = attribute(root, 'type', NS.xsi);
    if (xsiType(root) !== 'TaskPaneApp') {
      this.add(
        'root/type',
        root.path,
        `<OfficeApp> phải có xsi:type="TaskPaneApp" (bổ trợ ngăn tác vụ), hiện là ${type === undefined ? 'không có' : `"${type}"`}.`,
        `<OfficeApp> must have xsi:type="TaskPaneApp" (a task pane add-in); found ${type === undefined ? 'none' : `"${type}"`}.`,
      );
    }
    this.sequence(root, TASK_PANE_APP);
    const first = (local: string): XmlElement | undefined => childNamed(root, local, NS.office);

    const id = first('Id');
    if (id && !UUID_RE.test(id.text)) {
      this.add(
        'value/id',
        id.path,
        `Id phải là một GUID (ví dụ 3f2504e0-4f89-11d3-9a0c-0305e82c3301), hiện là "${id.text}".`,
        `Id must be a GUID (e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301); found "${id.text}".`,
      );
    }
    const version = first('Version');
    if (
      version &&
      (!VERSION_RE.test(version.text) || version.text.split('.').some((p) => Number(p) > 65535))
    ) {
      this.add(
        'value/version',
        version.path,
        `Version phải gồm 1 đến 4 số cách nhau bằng dấu chấm, mỗi số không quá 65535 (ví dụ 1.0.0.0), hiện là "${version.text}".`,
        `Version must be 1 to 4 dot-separated numbers, each at most 65535 (e.g. 1.0.0.0); found "${version.text}".`,
      );
    }
    const provider = first('ProviderName');
    if (provider)
      this.text(provider, { vi: 'ProviderName', en: 'ProviderName' }, SHORT, provider.text);
    const defaultLocale = first('DefaultLocale');
    if (defaultLocale) this.locale(defaultLocale, defaultLocale.text);

    const displayName = first('DisplayName');
    if (displayName)
      this.localeAware(displayName, 'short', {
        vi: 'Tên hiển thị (DisplayName)',
        en: 'DisplayName',
      });
    const description = first('Description');
    if (description)
      this.localeAware(description, 'long', { vi: 'Mô tả (Description)', en: 'Description' });
    const icon = first('IconUrl');
    if (icon) this.localeAware(icon, 'url', { vi: 'IconUrl', en: 'IconUrl' }, 32);
    const highResolutionIcon = first('HighResolutionIconUrl');
    if (highResolutionIcon)
      this.localeAware(
        highResolutionIcon,
        'url',
        { vi: 'HighResolutionIconUrl', en: 'HighResolutionIconUrl' },
        64,
      );
    const support = first('SupportUrl');
    if (support) this.localeAware(support, 'url', { vi: 'SupportUrl', en: 'SupportUrl' });
    const appDomains = first('AppDomains');
    if (appDomains) this.sequence(appDomains, [slot('AppDomain', NS.office, SOME)]);

    const hosts = first('Hosts');
    if (hosts) {
      this.sequence(hosts, [slot('Host', NS.office, SOME)]);
      const names = childrenNamed(hosts, 'Host', NS.office).map((h) => this.required(h, 'Name'));
      if (!names.includes('Workbook')) {
        this.add(
          'hosts/workbook',
          hosts.path,
          'Hosts phải có <Host Name="Workbook" /> để bổ trợ chạy trong Excel.',
          'Hosts must contain <Host Name="Workbook" /> for the add-in to run in Excel.',
        );
      }
    }
    const requirements = first('Requirements');
    if (requirements) this.requirements(requirements);
    const settings = first('DefaultSettings');
    if (settings) {
      this.sequence(settings, [slot('SourceLocation', NS.office, ONE)]);
      const source = childNamed(settings, 'SourceLocation', NS.office);
      if (source) this.localeAware(source, 'url', { vi: 'SourceLocation', en: 'SourceLocation' });
    }
    const permissions = first('Permissions');
    if (permissions && !(PERMISSIONS as readonly string[]).includes(permissions.text)) {
      this.add(
        'permissions/value',
        permissions.path,
        `Permissions phải là một trong ${PERMISSIONS.join(', ')} (viết đúng, không có khoảng trắng), hiện là "${permissions.text}".`,
        `Permissions must be one of ${PERMISSIONS.join(', ')} (exactly, no whitespace); found "${permissions.text}".`,
      );
    }
    const overrides = childNamed(root, 'VersionOverrides', NS.overrides);
    if (overrides) this.versionOverrides(overrides);
    this.checkIcons();
  }

  requirements(requirements: XmlElement): void {
    this.sequence(requirements, [
      slot('Sets', NS.office, OPTIONAL),
      slot('Methods', NS.office, OPTIONAL),
    ]);
    const sets = childNamed(requirements, 'Sets', NS.office);
    if (!sets) return;
    this.sequence(sets, [slot('Set', NS.office, SOME)]);
    const defaultMin = attribute(sets, 'DefaultMinVersion') ?? '1.1';
    if (!SHORT_VERSION_RE.test(defaultMin)) {
      this.add(
        'requirements/excel-api',
        sets.path,
        `DefaultMinVersion phải có dạng số.số (ví dụ 1.1), hiện là "${defaultMin}".`,
        `DefaultMinVersion must look like number.number (e.g. 1.1); found "${defaultMin}".`,
      );
    }
    for (const set of childrenNamed(sets, 'Set', NS.office)) {
      const name = this.required(set, 'Name');
      const min = attribute(set, 'MinVersion') ?? defaultMin;
      const match = SHORT_VERSION_RE.exec(min);
      if (!match) {
        if (attribute(set, 'MinVersion') !== undefined) {
          this.add(
            'requirements/excel-api',
            set.path,
            `MinVersion của ${name ?? 'Set'} phải có dạng số.số (ví dụ 1.1), hiện là "${min}".`,
            `MinVersion of ${name ?? 'Set'} must look like number.number (e.g. 1.1); found "${min}".`,
          );
        }
        continue;
      }
      const [major, minor] = [Number(match[1]), Number(match[2])];
      if (name === 'ExcelApi' && (major > 1 || (major === 1 && minor > 1))) {
        this.add(
          'requirements/excel-api',
          set.path,
          `ExcelApi ${min} quá cao: Excel 2016 (bản cấp phép số lượng lớn) chỉ có ExcelApi 1.1 nên sẽ không nạp bổ trợ. Giữ MinVersion="1.1" và kiểm tra API mới hơn bằng Office.context.requirements.isSetSupported.`,
          `ExcelApi ${min} is too high: Excel 2016 (volume licensed) has only ExcelApi 1.1 and would not load the add-in. Keep MinVersion="1.1" and gate newer APIs with Office.context.requirements.isSetSupported.`,
        );
      }
    }
  }

  versionOverrides(overrides: XmlElement): void {
    const type = xsiType(overrides);
    if (type !== 'VersionOverridesV1_0') {
      this.add(
        'root/type',
        overrides.path,
        `<VersionOverrides> phải có xsi:type="VersionOverridesV1_0", hiện là ${type === undefined ? 'không có' : `"${type}"`}.`,
        `<VersionOverrides> must have xsi:type="VersionOverridesV1_0"; found ${type === undefined ? 'none' : `"${type}"`}.`,
      );
    }
    this.overridesTree(overrides, 'VersionOverrides');
    const hosts = childNamed(overrides, 'Hosts', NS.overrides);
    if (
      hosts &&
      !childrenNamed(hosts, 'Host', NS.overrides).some((h) => xsiType(h) === 'Workbook')
    ) {
      this.add(
        'hosts/workbook',
        hosts.path,
        'Hosts trong VersionOverrides phải có <Host xsi:type="Workbook"> thì nút trên dải băng Excel mới hiện.',
        'Hosts in VersionOverrides must contain <Host xsi:type="Workbook"> for the Excel ribbon button to show.',
      );
    }
    this.resources(overrides);
  }

  /** Sequence checks below VersionOverrides, choosing the sequence by element name and xsi:type. */
  overridesTree(element: XmlElement, kind: string): void {
    const slots = OVERRIDES[kind];
    if (!slots) return;
    this.sequence(element, slots);
    for (const child of element.children) {
      const childKind = overridesKind(kind, child);
      if (childKind) this.overridesTree(child, childKind);
    }
  }

  resources(overrides: XmlElement): void {
    const defined = new Map<string, ResourceKind>();
    const resources = childNamed(overrides, 'Resources', NS.overrides);
    const imageResources = new Map<string, XmlElement>();
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
      const collection = resources && childNamed(resources, kind, NS.bt);
      if (!collection) continue;
      for (const item of collection.children.filter(
        (c) => c.ns === NS.bt && c.local !== 'Override',
      )) {
        const id = this.required(item, 'id');
        if (id !== undefined) {
          if (defined.has(id)) {
            this.add(
              'resource/duplicate',
              item.path,
              `Mã tài nguyên "${id}" bị định nghĩa hai lần.`,
              `Resource id "${id}" is defined twice.`,
            );
          }
          defined.set(id, kind);
          if (length(id) > RESOURCE_ID_MAX || length(id) === 0) {
            this.add(
              'resource/id-length',
              item.path,
              `Mã tài nguyên "${id}" phải dài 1 đến ${RESOURCE_ID_MAX} ký tự.`,
              `Resource id "${id}" must be 1 to ${RESOURCE_ID_MAX} characters long.`,
            );
          }
          if (kind === 'Images') imageResources.set(id, item);
        }
        const values: { element: XmlElement; value: string; name: string }[] = [];
        const defaultValue = this.required(item, 'DefaultValue');
        if (defaultValue !== undefined)
          values.push({ element: item, value: defaultValue, name: 'DefaultValue' });
        for (const override of childrenNamed(item, 'Override', NS.bt)) {
          const locale = this.required(override, 'Locale');
          if (locale !== undefined) this.locale(override, locale);
          const value = this.required(override, 'Value');
          if (value !== undefined) values.push({ element: override, value, name: 'Value' });
        }
        for (const v of values) {
          if (kind === 'Images' || kind === 'Urls') this.url(v.element, v.value, v.name);
          else if (kind === 'ShortStrings')
            this.text(
              v.element,
              { vi: `Chuỗi ngắn "${id ?? ''}"`, en: `Short string "${id ?? ''}"` },
              SHORT,
              v.value,
            );
          else
            this.text(
              v.element,
              { vi: `Chuỗi dài "${id ?? ''}"`, en: `Long string "${id ?? ''}"` },
              LONG,
              v.value,
            );
        }
      }
    }

    const iconSizes = new Map<string, Set<number>>();
    const isResources = (e: XmlElement): boolean => e === resources;
    for (const reference of descendants(overrides, isResources)) {
      if (reference.local === 'Icon' && reference.ns === NS.overrides) {
        const sizes = childrenNamed(reference, 'Image', NS.bt).map((i) =>
          Number(attribute(i, 'size')),
        );
        const lacking = REQUIRED_ICON_SIZES.filter((s) => !sizes.includes(s));
        if (lacking.length > 0) {
          this.add(
            'icon/sizes',
            reference.path,
            `<Icon> phải có hình cỡ ${REQUIRED_ICON_SIZES.join(', ')}; thiếu cỡ ${lacking.join(', ')}.`,
            `<Icon> must have images of size ${REQUIRED_ICON_SIZES.join(', ')}; missing size ${lacking.join(', ')}.`,
          );
        }
      }
      const resid = attribute(reference, 'resid');
      if (resid === undefined) continue;
      const expected = expectedKind(reference);
      const actual = defined.get(resid);
      if (actual === undefined) {
        this.add(
          'resource/undefined',
          reference.path,
          `resid="${resid}" của <${reference.name}> chưa được định nghĩa trong Resources${expected ? ` (${KIND_NAMES[expected].vi})` : ''}.`,
          `resid="${resid}" of <${reference.name}> is not defined in Resources${expected ? ` (${KIND_NAMES[expected].en})` : ''}.`,
        );
      } else if (expected && actual !== expected) {
        this.add(
          'resource/wrong-kind',
          reference.path,
          `resid="${resid}" của <${reference.name}> phải trỏ tới ${KIND_NAMES[expected].vi}, nhưng đang là ${KIND_NAMES[actual].vi}.`,
          `resid="${resid}" of <${reference.name}> must refer to ${KIND_NAMES[expected].en}, but it is one of the ${KIND_NAMES[actual].en}.`,
        );
      }
      if (expected === 'Images') {
        const size = Number(attribute(reference, 'size'));
        if (!iconSizes.has(resid)) iconSizes.set(resid, new Set());
        if (Number.isInteger(size) && size > 0) iconSizes.get(resid)?.add(size);
        else
          this.add(
            'icon/sizes',
            reference.path,
            `<${reference.name}> thiếu thuộc tính size hợp lệ.`,
            `<${reference.name}> lacks a valid size attribute.`,
          );
      }
    }
    for (const [resid, sizes] of iconSizes) {
      const item = imageResources.get(resid);
      const url = item && attribute(item, 'DefaultValue');
      if (!item || url === undefined) continue;
      for (const size of sizes)
        this.icons.push({ url, size, path: item.path, what: `bt:Image "${resid}"` });
    }
  }

  checkIcons(): void {
    const { assetExists, assetSize } = this.options;
    if (!assetExists) return;
    const origin = this.options.devOrigin ?? DEV_ORIGIN;
    for (const icon of this.icons) {
      let parsed: URL;
      try {
        parsed = new URL(icon.url);
      } catch {
        continue;
      }
      if (parsed.origin !== origin) continue;
      const file = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
      if (!assetExists(file)) {
        this.add(
          'icon/missing',
          icon.path,
          `${icon.what}: không có tệp assets/${file} cho ${icon.url}.`,
          `${icon.what}: no file assets/${file} for ${icon.url}.`,
        );
        continue;
      }
      const size = assetSize?.(file);
      if (!size) {
        this.add(
          'icon/not-png',
          icon.path,
          `${icon.what}: assets/${file} không phải tệp PNG đọc được.`,
          `${icon.what}: assets/${file} is not a readable PNG file.`,
        );
      } else if (size.width !== icon.size || size.height !== icon.size) {
        this.add(
          'icon/size',
          icon.path,
          `${icon.what}: assets/${file} có cỡ ${size.width}×${size.height} điểm ảnh, cần ${icon.size}×${icon.size}.`,
          `${icon.what}: assets/${file} is ${size.width}×${size.height} pixels; it must be ${icon.size}×${icon.size}.`,
        );
      }
    }
  }
}

const TYPED: Record<string, readonly string[]> = {
  ExtensionPoint: ['PrimaryCommandSurface', 'ContextMenu'],
  Control: ['Button', 'Menu'],
  Action: ['ShowTaskpane', 'ExecuteFunction'],
};

/** Which {@link OVERRIDES} sequence applies to `child` of an element of kind `parentKind`. */
function overridesKind(parentKind: string, child: XmlElement): string | undefined {
  if (child.ns === NS.bt) {
    if (parentKind === 'Resources') return child.local;
    return ['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(parentKind)
      ? 'ResourceItem'
      : undefined;
  }
  if (child.ns !== NS.overrides) return undefined;
  const types = TYPED[child.local];
  if (types) {
    const type = xsiType(child);
    return type !== undefined && types.includes(type) ? type : undefined;
  }
  if (child.local === 'Hosts') return parentKind === 'VersionOverrides' ? 'Hosts' : undefined;
  if (child.local === 'Description' || child.local === 'Requirements') return undefined;
  return child.local;
}

/** Which Resources collection a `resid` on `element` must point into. */
function expectedKind(element: XmlElement): ResourceKind | undefined {
  if (element.ns === NS.bt && element.local === 'Image') return 'Images';
  if (element.ns !== NS.overrides) return undefined;
  if (['Label', 'Title', 'Namespace'].includes(element.local)) return 'ShortStrings';
  if (element.local === 'Description') return 'LongStrings';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(element.local)) return 'Urls';
  return undefined;
}

/** Checks a manifest's text; an empty list means no problem found. */
export function checkManifest(xml: string, options: CheckOptions = {}): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return [
        {
          code: 'xml/syntax',
          path: `(dòng/line ${error.line}:${error.column})`,
          message: {
            vi: `XML không hợp lệ ở dòng ${error.line}, cột ${error.column}: ${error.detail.vi}`,
            en: `Malformed XML at line ${error.line}, column ${error.column}: ${error.detail.en}`,
          },
        },
      ];
    }
    throw error;
  }
  const checker = new Checker(options);
  checker.run(root);
  return checker.problems;
}

// ---------------------------------------------------------------------------------------------
// Microsoft's online validator.

export type OnlineOutcome = 'valid' | 'invalid' | 'skipped';

/**
 * Reads the result of `office-addin-manifest validate`: `skipped` when the service could not be
 * reached (no network, DNS, refused, timed out, HTTP error) or the tool failed to run; `invalid`
 * when the service reported the manifest invalid; `valid` when it accepted it.
 */
export function interpretOnlineValidation(exitCode: number | null, output: string): OnlineOutcome {
  if (/The manifest is not valid/i.test(output)) return 'invalid';
  if (exitCode === 0 && /The manifest is valid/i.test(output)) return 'valid';
  return 'skipped';
}

/** Whether the online validator's output says the network or service was unreachable. */
export function isNetworkFailure(output: string): boolean {
  return /ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed|socket hang up|timed? ?out|Unable to contact the manifest validation service|Unable to validate the manifest/i.test(
    output,
  );
}
