// The targets (issue 5, tightened by issue 14) and the printed table: each
// measured number next to its target and whether it holds. A number that was
// not measured (a part skipped or failed) shows as "—" and holds nothing.
const GB = 1000; // memory is in MB (10^6 bytes); a GB here is 1000 of them

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const ms = (x) => (x === null || x === undefined ? '—' : x >= 10_000 ? `${fmt(x / 1000, 1)} s` : x >= 100 ? `${fmt(x, 0)} ms` : `${fmt(x, 2)} ms`);
const mb = (x) => (x === null || x === undefined ? '—' : x >= GB ? `${fmt(x / GB, 2)} GB` : `${fmt(x, 0)} MB`);

/** A row: what, the value as printed, the target as printed, and whether it holds (null: no target or no value). */
const row = (what, value, target = '', holds = null) => ({ what, value, target, holds });
const check = (value, ok) => (value === null || value === undefined || Number.isNaN(value) ? null : ok(value));

function cliRows(r) {
  const { cli, floor, peer } = r;
  if (!cli) return [row('CLI', r.skipped?.corpus ?? 'not run')];
  const ratio = floor ? cli.wallMs / floor.wallMs : null;
  const rows = [
    row('isnad analyze --format jsonl (whole corpus)', `${ms(cli.wallMs)}, exit ${cli.code}`),
    // what the CLI reported (the corpus's isnad.yaml is over the config size limit, for one), in short
    ...(cli.stderrTail ? [row('  it said', cli.stderrTail.split('\n')[0].replaceAll(`${r.corpus.dir}/`, '').slice(0, 90))] : []),
    row('  throughput', `${fmt(cli.mbPerS, 2)} MB/s`, '≥ 15 MB/s', check(cli.mbPerS, (v) => v >= 15)),
    row('  articles/s', fmt(cli.articlesPerS, 0)),
    row('  peak memory', mb(cli.peakMB), '≤ 1 GB', check(cli.peakMB, (v) => v <= GB)),
    row('  CPU (200% = both cores)', cli.cpuPercent === null ? '—' : `${cli.cpuPercent}%`, 'both cores', check(cli.cpuPercent, (v) => v >= 150)),
    row('  CPU time (user + system)', cli.cpuS ? `${fmt(cli.cpuS, 1)} s = ${fmt(r.corpus.bytes / 1e6 / cli.cpuS, 2)} MB per CPU-second` : '—'),
  ];
  const one = r.cliOneThread;
  if (one) rows.push(row('  one thread (--jobs 1)', `${ms(one.wallMs)}, ${fmt(one.mbPerS, 2)} MB/s, peak ${mb(one.peakMB)}`, '≥ 10 MB/s', check(one.mbPerS, (v) => v >= 10)));
  if (floor) {
    rows.push(row('floor (read + one regex)', `${ms(floor.wallMs)}, ${fmt(floor.mbPerS, 1)} MB/s, ${mb(floor.peakMB)}${floor.cpuS ? `, ${fmt(floor.cpuS, 1)} CPU-s` : ''}`));
    rows.push(row('  isnad time / floor time', `${fmt(ratio, 1)}×`, '≤ 6× (compass 4×)', check(ratio, (v) => v <= 6)));
  }
  if (peer?.skipped) rows.push(row('peer (cspell)', `skipped: ${peer.skipped}`));
  else if (peer) {
    const subset = peer.subset ? `, on ${peer.checked} of ${r.corpus.files} files` : '';
    rows.push(row(`peer: cspell ${peer.version} + dict-ar (Node ${peer.node})`, `${ms(peer.wallMs)}, ${fmt(peer.mbPerS, 2)} MB/s, ${mb(peer.peakMB)}${subset}`));
    rows.push(row('  isnad MB/s / cspell MB/s', `${fmt(cli.mbPerS / peer.mbPerS, 2)}×`));
  }
  return rows;
}

function passRows(r) {
  const p = r.passes;
  if (!p) return [row('passes', r.skipped?.corpus ?? 'not run')];
  const rate = r.corpus ? `, ${fmt(r.corpus.bytes / 1e3 / p.totalMs, 2)} MB/s` : '';
  const rows = [row('all passes, in one process, bundled like dist/', `${ms(p.totalMs)}${rate}; reading the files ${ms(p.readMs)}`)];
  const order = Object.entries(p.passes).sort((a, b) => b[1].ms - a[1].ms);
  for (const [name, t] of order) {
    rows.push(row(`  ${name}`, `${ms(t.ms)}  ${fmt(t.share * 100, 1)}%  (slowest article ${ms(t.slowest.ms)})`));
  }
  if (p.mismatches) rows.push(row('  WARNING', `${p.mismatches} of ${p.checked} articles differ from analyzeArticle: bench/lib/passes.ts is out of date`));
  return rows;
}

function latencyRow(name, l, limit) {
  if (!l) return row(name, '—');
  const value = `p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  (n=${l.n}${l.answered !== undefined ? `, ${fmt(l.answered * 100, 0)}% non-empty` : ''})`;
  return row(name, value, `p95 ≤ ${limit} ms`, check(l.p95, (v) => v <= limit));
}

function lspRows(l, label) {
  if (!l) return [];
  if (l.error) return [row(label, `failed: ${l.error.split('\n')[0]}`)];
  const ix = l.indexing;
  const rows = [
    row(`${label}: initialize → end of indexing (20 open articles, a hover every 50 ms)`, ix.indexed ? ms(ix.indexMs) : `not done within ${ms(l.budgetMs)}`, '≤ 15 s', ix.indexed ? ix.indexMs <= 15_000 : false),
    row('  memory after indexing (RSS; peak)', `${mb(ix.memory.rssMB)}; ${mb(ix.memory.peakMB)}`, '≤ 1 GB', check(ix.memory.rssMB, (v) => v <= GB)),
  ];
  if (ix.readyMs) rows.push(row('  initialize → first references answered (folder index regrouped)', ms(ix.readyMs)));
  if (ix.hoverWhileIndexing) rows.push(latencyRow('  hover while indexing (every 50 ms)', ix.hoverWhileIndexing, 10));
  if (!l.requests) return rows;
  rows.push(latencyRow('  hover', l.requests.hover, 10), latencyRow('  outline (documentSymbol)', l.requests.outline, 10),
    latencyRow('  references', l.requests.references, 50), latencyRow('  workspace symbols', l.requests.workspaceSymbols, 50));
  const e = l.edit;
  rows.push(row(`  edit → diagnostics (${e.file}, ${fmt(e.bytes / 1024, 1)} KB)`, `p50 ${ms(e.p50)}  p95 ${ms(e.p95)}  (n=${e.n})`, 'p95 ≤ 30 ms', e.p95 <= 30));
  if (e.hoverAfterEdit) rows.push(latencyRow('  hover on a claim right after an edit', e.hoverAfterEdit, 10));
  if (l.warm) {
    const w = l.warm;
    rows.push(row('  second opening, no requests (warm start, from the cache of analyses)', w.indexed ? ms(w.indexMs) : 'not done within budget', '≤ 3 s', w.indexed ? w.indexMs <= 3000 : false));
    if (w.readyMs) rows.push(row('    initialize → first references answered (folder index regrouped)', ms(w.readyMs)));
    rows.push(row('    memory after it (RSS; peak)', `${mb(w.memory.rssMB)}; ${mb(w.memory.peakMB)}`, '≤ 1.5 GB', check(w.memory.rssMB, (v) => v <= 1.5 * GB)));
  }
  return rows;
}

function startupRows(s) {
  if (!s) return [row('start-up', 'not run')];
  if (s.error) return [row('start-up', `failed: ${s.error.split('\n')[0]}`)];
  return [
    row(`start-up on seeds/: initialize → first diagnostics (median of ${s.runs})`, ms(s.firstDiagnosticsMs), '≤ 500 ms', s.firstDiagnosticsMs <= 500),
    row('  initialize → end of indexing; spawn → initialized', `${ms(s.indexedMs)}; ${ms(s.spawnToInitializedMs)}`),
  ];
}

/** Linear when the time per KB at the largest size is within 1.5× of the smallest's. */
export const LINEAR_SLACK = 1.5;

function growthRows(g) {
  if (!g) return [row('growth', 'not run')];
  if (g.error) return [row('growth', `failed: ${g.error.split('\n')[0]}`)];
  const rows = g.sizes.map((s) => row(`growth ${s.factor}× (${fmt(s.kb, 0)} KB)`, `${ms(s.ms)}, ${fmt(s.msPerKb, 3)} ms/KB`));
  const first = g.sizes[0], last = g.sizes.at(-1);
  const ratio = last.msPerKb / first.msPerKb;
  rows.push(row(`  ms/KB at ${last.factor}× / at ${first.factor}×`, `${fmt(ratio, 2)}`, `linear (≤ ${LINEAR_SLACK})`, ratio <= LINEAR_SLACK));
  return rows;
}

function quantityRows(q) {
  if (!q) return [row('one quantity in 2,000 articles', 'not run')];
  if (q.error) return [row('one quantity in 2,000 articles', `failed: ${q.error.split('\n')[0]}`)];
  const a = q.atIndex;
  return [
    row(`${q.articles} articles, each with one value of one quantity: initialize → end of indexing`, ms(q.indexMs)),
    row('  diagnostics published by the first answer (all; largest publication)', `${mb(a.published / 1e6)} in ${a.publications}; ${fmt(a.largest / 1024, 1)} KB`),
    row('  conflicting-figure diagnostics (of them "N more"; largest)', `${a.conflicts} (${a.conflictsWithMore}); ${fmt(a.largestConflict / 1024, 1)} KB`,
      '≤ 4 KB each', check(a.largestConflict, (v) => v <= 4096)),
    row('  server memory after indexing (RSS; peak)', `${mb(a.memory.rssMB)}; ${mb(a.memory.peakMB)}`, '≤ 1.5 GB', check(a.memory.peakMB, (v) => v <= 1.5 * GB)),
    row('  references on an appended claim (first answer after indexing); hover on its figure', `${ms(q.referencesMs)} (${q.references} places); ${ms(q.hoverMs)}`),
    row('  edit of the number → its diagnostics; bytes republished to the others', `${ms(q.afterEdit.ms)}; ${mb(q.afterEdit.bytes / 1e6)} in ${q.afterEdit.publications} publications`),
    row('  hover after the edit; the server alive; peak memory at the end', `${ms(q.hoverAfterEditMs)}; ${q.alive ? 'yes' : 'NO'}; ${mb(q.memory.peakMB)}`, 'alive', q.alive),
  ];
}

export function tableRows(r) {
  return [
    ['1. CLI throughput', cliRows(r)],
    ['2. Per pass (whole corpus)', passRows(r)],
    ['3. Language server on the corpus folder', [...(r.lsp ? lspRows(r.lsp, 'corpus') : [row('server', r.skipped?.corpus ?? 'not run')]), ...lspRows(r.lspSubset, 'subset')]],
    ['4. Start-up', startupRows(r.startup)],
    ['5. Growth (the seeds joined, repeated)', growthRows(r.growth)],
    ['6. One quantity in 2,000 articles (issue 13)', r.quantity || !r.skipped?.corpus ? quantityRows(r.quantity) : [row('one quantity', r.skipped.corpus)]],
  ];
}

export function printTable(r) {
  const sections = tableRows(r);
  const all = sections.flatMap(([, rows]) => rows);
  const w = [Math.max(...all.map((x) => x.what.length)), Math.max(...all.map((x) => x.value.length)), Math.max(...all.map((x) => x.target.length))];
  const verdict = (h) => (h === null ? '' : h ? 'holds' : 'DOES NOT HOLD');
  const lines = [];
  for (const [title, rows] of sections) {
    lines.push('', title);
    for (const x of rows) lines.push(`  ${x.what.padEnd(w[0])}  ${x.value.padEnd(w[1])}  ${x.target.padEnd(w[2])}  ${verdict(x.holds)}`.trimEnd());
  }
  console.log(lines.join('\n'));
  return all.filter((x) => x.holds !== null).map(({ what, value, target, holds }) => ({ what: what.trim(), value, target, holds }));
}
