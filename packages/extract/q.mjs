import { extractDirective } from './dist/extract.js';
for (const t of process.argv.slice(2)) {
  console.log('>>', t.slice(0, 90));
  for (const i of extractDirective(t).items) console.log('  ', i.kind, JSON.stringify({o:i.owner,d:i.due,f:i.from,to:i.to,p:i.period,op:i.op,v:i.value,u:i.unit,y:i.year}));
}
