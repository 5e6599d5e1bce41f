import { findTargets } from '@dondoc/core';
import { extractDirective } from './dist/index.js';
const s = process.argv[2];
console.log(JSON.stringify(findTargets(s).map(t=>[t.target, t.qualifier])));
for (const i of extractDirective(s).items) console.log(i.kind, JSON.stringify({q:i.quote, owner:i.owner, due:i.due, from:i.from, to:i.to, period:i.period, op:i.op, v:i.value, min:i.min, max:i.max, unit:i.unit, year:i.year}));
