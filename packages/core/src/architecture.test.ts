/**
 * The core's floors, read from its own import statements: model/ is the ground and imports
 * nothing; no file and no folder imports itself back through others (type imports count too); the
 * core imports no Node module, so it stays pure (no I/O, no clock).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = path.dirname(fileURLToPath(import.meta.url));

/** Every non-test source file, as a path relative to src/ ("run/checker.ts"). */
function sourceFiles(dir = srcDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
      ? [path.relative(srcDir, full).split(path.sep).join('/')]
      : [];
  });
}

const IMPORT =
  /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The module specifiers a file imports or re-exports from. */
function specifiersOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    const targets = specifiersOf(text)
      .filter((s) => s.startsWith('.'))
      .map((s) => path.posix.join(path.posix.dirname(file), s).replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one node, or a node that imports itself. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
        cycles.push(component.sort());
      }
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return cycles;
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

describe('the cycle finder', () => {
  it('finds a loop through three files and a file importing itself, and nothing in a tree', () => {
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cyclesOf(loop)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cyclesOf(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads imports, type imports and re-exports, not words in comments', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      "export * from './c.js';",
      "export { d, type D } from './d.js';",
      "import './side-effect.js';",
      '// an import from somewhere is not one',
    ].join('\n');
    expect(specifiersOf(text)).toEqual([
      './a.js',
      '../b/b.js',
      './c.js',
      './d.js',
      './side-effect.js',
    ]);
  });
});

describe('the import structure of the core', () => {
  const graph = importGraph();

  it('has no cycle between files', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const list = folders.get(from) ?? [];
      for (const target of targets) {
        const to = folderOf(target);
        if (to !== from && !list.includes(to)) list.push(to);
      }
      folders.set(from, list);
    }
    folders.delete('.');
    expect(cyclesOf(folders)).toEqual([]);
  });

  it('has a ground floor, model/, that imports nothing outside itself', () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith('model/'))
      .flatMap(([file, targets]) =>
        targets.filter((t) => !t.startsWith('model/')).map((t) => `${file} → ${t}`),
      );
    expect(outside).toEqual([]);
    const packages = sourceFiles()
      .filter((f) => f.startsWith('model/'))
      .flatMap((f) => specifiersOf(readFileSync(path.join(srcDir, f), 'utf8')))
      .filter((s) => !s.startsWith('.'));
    expect(packages).toEqual([]);
  });

  it('imports no Node module (no I/O, no clock)', () => {
    const node = sourceFiles().flatMap((f) =>
      specifiersOf(readFileSync(path.join(srcDir, f), 'utf8'))
        .filter((s) => s.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(s))
        .map((s) => `${f} → ${s}`),
    );
    expect(node).toEqual([]);
  });
});
