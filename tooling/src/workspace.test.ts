/**
 * The packages in floors, read from the package files and the import statements: the libraries
 * under packages/ never depend on an app, nothing depends on tooling (it sits above the apps), and
 * every `@dondoc/…` a package's source imports is declared in its package.json (so turbo builds it
 * first and the import never works only by accident of the hoisted links).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Workspace {
  readonly dir: string;
  readonly name: string;
  readonly declared: ReadonlySet<string>;
}

function workspaces(): Workspace[] {
  const dirs = ['packages', 'apps'].flatMap((parent) =>
    readdirSync(path.join(repoRoot, parent)).map((d) => path.join(parent, d)),
  );
  return [...dirs, 'tooling']
    .filter((dir) => statSync(path.join(repoRoot, dir, 'package.json'), { throwIfNoEntry: false }))
    .map((dir) => {
      const json = JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8')) as {
        name: string;
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      return {
        dir,
        name: json.name,
        declared: new Set([
          ...Object.keys(json.dependencies ?? {}),
          ...Object.keys(json.devDependencies ?? {}),
        ]),
      };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT = /\bfrom\s*['"](@dondoc\/[^/'"]+)|\bimport\s*\(?\s*['"](@dondoc\/[^/'"]+)/g;

/** The @dondoc packages a workspace's source imports, with the first file importing each. */
function importedPackages(ws: Workspace): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(path.join(repoRoot, ws.dir, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const name = (m[1] ?? m[2])!;
      if (name !== ws.name && !found.has(name)) found.set(name, path.relative(repoRoot, file));
    }
  }
  return found;
}

describe('the workspace floors', () => {
  const all = workspaces();
  const apps = new Set(all.filter((w) => w.dir.startsWith('apps/')).map((w) => w.name));

  it('finds the libraries, the apps and tooling', () => {
    expect(all.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        '@dondoc/core',
        '@dondoc/samples',
        '@dondoc/report',
        '@dondoc/cli',
        '@dondoc/excel-addin',
        '@dondoc/tooling',
      ]),
    );
  });

  it('no package depends on tooling: it sits above the apps', () => {
    const upward = all.filter((w) => w.declared.has('@dondoc/tooling')).map((w) => w.name);
    expect(upward).toEqual([]);
  });

  it('no library under packages/ depends on an app', () => {
    const upward = all
      .filter((w) => w.dir.startsWith('packages/'))
      .flatMap((w) => [...w.declared].filter((d) => apps.has(d)).map((d) => `${w.name} → ${d}`));
    expect(upward).toEqual([]);
  });

  it('every @dondoc package a source file imports is declared in its package.json', () => {
    const undeclared = all.flatMap((w) =>
      [...importedPackages(w)]
        .filter(([name]) => !w.declared.has(name))
        .map(([name, file]) => `${file} imports ${name}, not in ${w.dir}/package.json`),
    );
    expect(undeclared).toEqual([]);
  });
});
