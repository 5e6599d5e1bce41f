/**
 * The hostile-input corpus, slow cases (issue 15): gigabyte budgets and bombs that must be
 * inflated to their limit before they can be refused. `npm run test:hostile`.
 */
import { hostileCases } from './cases.js';
import { describeCases } from './corpus.js';

describeCases(
  'hostile inputs through dondoc (slow)',
  hostileCases().filter((c) => c.slow),
);
