import { readFile } from 'node:fs/promises';
import { RULES } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { replaceBlock, rulesDocs, rulesMarkdown } from './rules-doc.js';

describe('the rule documentation', () => {
  it('is what the rule registry generates (run node tooling/dist/rules-doc.js)', async () => {
    for (const [file, content] of await rulesDocs()) {
      expect(await readFile(file, 'utf8'), file).toBe(content);
    }
  });

  it('names every rule of the registry, with its messages', () => {
    const doc = rulesMarkdown();
    for (const rule of RULES) {
      expect(doc).toContain(`### \`${rule.id}\``);
      for (const message of Object.values(rule.messages)) expect(doc).toContain(message.vi);
    }
  });

  it('replaces only the marked block', () => {
    expect(replaceBlock('a <!-- rules:x -->\nold\n<!-- /rules:x --> b', 'x', 'new')).toBe(
      'a <!-- rules:x -->\nnew\n<!-- /rules:x --> b',
    );
    expect(() => replaceBlock('no markers', 'x', 'new')).toThrow(/rules:x/);
  });
});
