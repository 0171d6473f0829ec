// Prints the functions that take the most time in a V8 CPU profile (from
// `node --cpu-prof`, or bench/lsp.ts --server-cpu-prof DIR): self time, and
// total time of the source files they are in. For finding what bounds a
// number in the bench table. With --inclusive, also the total time (self and
// callees) under each named function: which phase takes the time.
//   node bench/profile.mjs FILE.cpuprofile [--top 25] [--inclusive loadFile,analyzeArticle,publish]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: node bench/profile.mjs FILE.cpuprofile [--top N] [--inclusive NAME,NAME]');
  process.exit(2);
}
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const top = Number(flag('--top') ?? 25);
const inclusiveNames = new Set((flag('--inclusive') ?? '').split(',').filter(Boolean));
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
// samples are node ids at each tick; timeDeltas are the microseconds between ticks
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
const functions = new Map();
const files = new Map();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url ? url.replace(/^.*\/(server|node_modules)\//, '$1/') : '(native)';
  add(functions, `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`, us);
  add(files, where, us);
}
const print = (title, map, limit = top) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
};
/** Time with `name` anywhere on the stack, each sample counted once however deep the recursion. */
function inclusive() {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const out = new Map([...inclusiveNames].map((name) => [name, 0]));
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (inclusiveNames.has(name) && !seen.has(name)) {
        seen.add(name);
        add(out, name, us);
      }
    }
  }
  return out;
}

console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
print('self time by function', functions);
print('self time by file', files);
if (inclusiveNames.size) print('total time under each function (self and callees)', inclusive(), Infinity);
