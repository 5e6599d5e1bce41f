import { describe, expect, it } from 'vitest';
import { staleSchemaFiles } from './schemas.js';

describe('the published JSON Schemas', () => {
  it('are in sync with the zod schemas (run "npm run schemas" after changing them)', () => {
    expect(staleSchemaFiles()).toEqual([]);
  });
});
