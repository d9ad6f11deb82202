import type { BenchResults, CorpusResult, Transfer } from './results.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const transfer = (t?: Transfer) => (t ? `${kb(t.bytes)} / ${t.requests} req` : 'n/a');
const milliseconds = (spread?: { p50: number; p95: number }) =>
  spread ? `${spread.p50.toFixed(0)} / ${spread.p95.toFixed(0)} ms` : 'n/a';

/** The results as a Markdown table, for bench/results/results.md. */
export function markdownReport(results: BenchResults): string {
  const { machine } = results;
  const rows: [string, (c: CorpusResult) => string][] = [
    ['build + index (wall)', (c) => s(c.buildMs)],
    ['of which index', (c) => s(c.indexMs)],
    ['per article', (c) => `${c.msPerArticle.toFixed(2)} ms`],
    ['peak RSS (process tree)', (c) => mb(c.peakRssBytes)],
    [
      'add one article and rebuild: median (each run)',
      (c) =>
        c.addOne
          ? `${s(c.addOne.ms)} (${c.addOne.runsMs.map(s).join(', ')}), ${c.addOne.reusedPages} pages reused` +
            (c.addOne.identicalToClean === undefined
              ? ''
              : c.addOne.identicalToClean
                ? ', = clean build'
                : ', DIFFERS from a clean build')
          : 'n/a',
    ],
    ['output', (c) => `${mb(c.output.bytes)}, ${c.output.files} files`],
    ['search index', (c) => `${mb(c.index.bytes)}, ${c.index.files} files`],
    ['home page', (c) => transfer(c.pages?.home)],
    ['article page', (c) => transfer(c.pages?.article)],
    ['search page', (c) => transfer(c.pages?.search)],
    ['first search', (c) => transfer(c.firstSearch)],
    ['second search', (c) => transfer(c.secondSearch)],
    [
      'further query p50 / p95',
      (c) => (c.furtherQueryBytes ? `${kb(c.furtherQueryBytes.p50)} / ${kb(c.furtherQueryBytes.p95)}` : 'n/a'),
    ],
    [
      'recall@10, first page / whole archive',
      (c) =>
        c.relevance
          ? `${c.relevance.recallAt10.searchPage.toFixed(2)} / ${c.relevance.recallAt10.wholeArchive.toFixed(2)} (${c.relevance.queries} queries)`
          : 'n/a',
    ],
    ['keystroke → first results p50 / p95', (c) => milliseconds(c.keystrokeToResultsMs)],
    ['keystroke → whole first page p50 / p95', (c) => milliseconds(c.keystrokeToWholePageMs)],
  ];
  const queries = [...new Set(results.corpora.flatMap((c) => Object.keys(c.pagePlusFirstQuery ?? {})))];
  for (const query of queries)
    rows.push([`search page + first query "${query}"`, (c) => transfer(c.pagePlusFirstQuery?.[query])]);
  const header = `| | ${results.corpora.map((c) => `${c.articles.toLocaleString('en')} articles`).join(' | ')} |`;
  const lines = [
    `# Benchmark results (${results.corpus ?? 'synthetic'} corpus)`,
    '',
    `Measured ${results.date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, with \`npm run bench\`.`,
    'Transfers are gzip bytes over nginx as Chromium counts them (encodedDataLength).',
    '',
    header,
    `|---|${results.corpora.map(() => '---').join('|')}|`,
    ...rows.map(([name, cell]) => `| ${name} | ${results.corpora.map(cell).join(' | ')} |`),
    '',
  ];
  const notes = results.corpora.flatMap((c) =>
    c.notes.map((note) => `- ${c.articles.toLocaleString('en')} articles: ${note}`),
  );
  if (notes.length > 0) lines.push('## Targets missed', '', ...notes, '');
  if (results.lighthouse.length > 0) {
    lines.push(
      '## Lighthouse (mobile) on the real site',
      '',
      '| page | performance | accessibility | best practices | SEO |',
      '|---|---|---|---|---|',
      ...results.lighthouse.map(
        (l) => `| ${l.page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** An SVG chart: build time (bars) and per-article cost (labels) against corpus size. */
export function svgChart(corpora: CorpusResult[]): string {
  const width = 520;
  const height = 320;
  const left = 60;
  const bottom = 270;
  const top = 60;
  const maxMs = Math.max(...corpora.map((c) => c.buildMs), 1);
  const slot = (width - left - 20) / Math.max(corpora.length, 1);
  const bars = corpora.map((c, i) => {
    const barHeight = ((bottom - top) * c.buildMs) / maxMs;
    const indexHeight = ((bottom - top) * c.indexMs) / maxMs;
    const x = left + i * slot + slot * 0.2;
    const w = slot * 0.6;
    return [
      `<rect x="${x}" y="${bottom - barHeight}" width="${w}" height="${barHeight}" fill="#0b4f8a"/>`,
      `<rect x="${x}" y="${bottom - indexHeight}" width="${w}" height="${indexHeight}" fill="#a4161a"/>`,
      `<text x="${x + w / 2}" y="${bottom - barHeight - 8}" text-anchor="middle">${s(c.buildMs)} · ${c.msPerArticle.toFixed(2)} ms/article</text>`,
      `<text x="${x + w / 2}" y="${bottom + 18}" text-anchor="middle">${c.articles.toLocaleString('en')} articles</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>Build time and per-article cost against corpus size</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">Build time (blue: whole build, red: of which search index)</text>`,
    `<line x1="${left}" y1="${bottom}" x2="${width - 10}" y2="${bottom}" stroke="#333"/>`,
    ...bars,
    '</svg>',
    '',
  ].join('\n');
}
