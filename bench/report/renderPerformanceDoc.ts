import { SUBGRAPH_NAMES } from '../../scripts/composeSupergraph';
import type { BenchResults, ScenarioResult } from './benchResults';
import { formatMiB, formatMs, formatRate, formatRatio } from './formatFigures';
import { GENERATED_END, GENERATED_START, PERFORMANCE_TEMPLATE } from './performanceTemplate';
import { summarizeTarget, type TargetSummary } from './summarizeTarget';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: string[], rows: string[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
const FAILURE_SHOWN = 160;
const GROWTH = /^growth-(\d+)$/;
const isGrowth = (name: string) => GROWTH.test(name);

const status = (summary: TargetSummary) => (summary.failed ? `**FAILED**: ${(summary.failure ?? '').slice(0, FAILURE_SHOWN)}` : 'ok');
const errors = (summary: TargetSummary) => `${summary.non2xx} / ${summary.graphqlErrors} / ${summary.transportErrors}`;

function statementsCell(statements: Record<string, number>, perPass: number): string {
  return SUBGRAPH_NAMES.map((name) => {
    const value = statements[name] / perPass;
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }).join(' / ');
}

function scenarioSection(scenario: ScenarioResult): string {
  const summaries = scenario.targets.map((target) => ({ target, summary: summarizeTarget(target) }));
  const oursFound = summaries.find(({ target }) => target.target === 'ours')?.summary ?? null;
  // A failed run's figures are not speed: no ratio is drawn from them.
  const ours = oursFound && !oursFound.failed ? oursFound : null;
  const versus = (summary: TargetSummary, pick: (summary: TargetSummary) => number | null) => (summary.failed ? '—' : formatRatio(ours ? pick(ours) : null, pick(summary)));
  const processOf = (target: string) => (target === 'direct' ? scenario.direct ?? '' : target);
  const perPass = scenario.sequence ? 1 : scenario.bodies;
  const sql = scenario.sequence ? `SQL per ${scenario.sequence} (inst / rec / comp / rep)` : 'SQL / request (inst / rec / comp / rep)';
  const main = table(
    ['target', 'status', 'req/s (rounds)', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx / errors / transport', sql, 'peak MiB', 'ours ÷ this: req/s', 'ours ÷ this: p95'],
    summaries.map(({ target, summary }) => [
      target.target,
      status(summary),
      `${formatRate(summary.requestsPerSecond)} (${summary.roundRates.map(formatRate).join(', ')})`,
      formatMs(summary.p50),
      formatMs(summary.p95),
      formatMs(summary.p99),
      errors(summary),
      statementsCell(target.statements, perPass),
      formatMiB(summary.peakMiB[processOf(target.target)] ?? 0),
      target.target === 'ours' ? '' : versus(summary, ({ requestsPerSecond }) => requestsPerSecond),
      target.target === 'ours' ? '' : versus(summary, ({ p95 }) => p95),
    ]),
  );
  const cpuColumns = ['target process', ...SUBGRAPH_NAMES, 'database', 'load'];
  const cpu = table(
    ['target', ...cpuColumns],
    summaries.map(({ target, summary }) => [
      target.target,
      ...cpuColumns.map((column) => {
        const value = summary.cpuMsPerRequest[column === 'target process' ? target.target : column];
        return value === undefined ? '—' : formatMs(value);
      }),
    ]),
  );
  const parts = [
    `### ${scenario.title}`,
    `\`${scenario.name}\`: ${scenario.bodies} request bod${scenario.bodies === 1 ? 'y' : 'ies'} per pass.`,
    main,
    'CPU milliseconds per request, by process (user + system time during the measured runs ÷ responses):',
    cpu,
  ];
  if (scenario.sequence && scenario.bodies > 1) {
    parts.push(
      `Per ${scenario.sequence} (a connection's walk through all ${scenario.bodies} pages, summed):`,
      table(
        ['target', `${scenario.sequence}s/s`, 'p50 ms', 'p95 ms', 'p99 ms', 'ours ÷ this: p95'],
        summaries.map(({ target, summary }) => [
          target.target,
          formatRate(summary.sequence?.perSecond ?? 0),
          formatMs(summary.sequence?.p50 ?? 0),
          formatMs(summary.sequence?.p95 ?? 0),
          formatMs(summary.sequence?.p99 ?? 0),
          target.target === 'ours' ? '' : versus(summary, ({ sequence }) => sequence?.p95 ?? null),
        ]),
      ),
      'Per page (p50 / p95 ms):',
      table(
        ['target', ...Array.from({ length: scenario.bodies }, (_, page) => `page ${page + 1}`)],
        summaries.map(({ target, summary }) => [target.target, ...summary.pages.map(({ p50, p95 }) => `${formatMs(p50)} / ${formatMs(p95)}`)]),
      ),
    );
  }
  return parts.join('\n\n');
}

function growthSection(results: BenchResults): string | null {
  const rows = results.scenarios.flatMap((scenario) => {
    const size = GROWTH.exec(scenario.name);
    const ours = scenario.targets.find(({ target }) => target === 'ours');
    if (!size || !ours) return [];
    const summary = summarizeTarget(ours);
    const entries = Number(size[1]);
    const total = SUBGRAPH_NAMES.reduce((sum, name) => sum + ours.statements[name], 0);
    return [{ entries, cells: [entries.toLocaleString('en'), String(scenario.bodies), status(summary), formatMs(summary.sequence?.p50 ?? 0), formatMs(summary.sequence?.p95 ?? 0), ((summary.sequence?.p50 ?? 0) / entries).toFixed(2), statementsCell(ours.statements, 1), String(total), (total / scenario.bodies).toFixed(1)] }];
  });
  if (rows.length < 2) return null;
  rows.sort((a, b) => a.entries - b.entries);
  return [
    '## Growth: the ledger at 100, 1,000 and 5,000 entries (our gateway)',
    'Time and statements per whole ledger (all pages of 200, walked in order by one client, three times). Linear growth keeps "ms per entry" flat; constant statement counts per page keep the statements proportional to the pages, not the entries.',
    table(['entries', 'pages', 'status', 'whole ledger p50 ms', 'p95 ms', 'p50 ms per entry', 'SQL (inst / rec / comp / rep)', 'SQL total', 'SQL per page'], rows.map(({ cells }) => cells)),
  ].join('\n\n');
}

function memorySection(results: BenchResults): string {
  const processes = [...new Set(results.scenarios.flatMap((scenario) => scenario.targets.flatMap((target) => target.runs.flatMap((run) => Object.keys(run.peakMiB)))))];
  const peakOf = (scenario: ScenarioResult, name: string) => Math.max(0, ...scenario.targets.flatMap((target) => target.runs.map((run) => run.peakMiB[name] ?? 0)));
  return [
    `## Peak memory by process (MiB, ${results.memoryMethod}, the largest of a scenario's runs)`,
    table(['process', ...results.scenarios.map(({ name }) => name)], processes.map((name) => [name, ...results.scenarios.map((scenario) => formatMiB(peakOf(scenario, name)))])),
  ].join('\n\n');
}

function setupSection(results: BenchResults): string {
  const { machine, options, seeding } = results;
  const rows = Object.entries(seeding.rows).map(([subgraph, tables]) => `${subgraph}: ${Object.entries(tables).map(([name, count]) => `${name} ${count.toLocaleString('en')}`).join(', ')}`);
  const lines = [
    `Generated ${results.generatedAt} by \`${results.command}\`.`,
    '',
    `- Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; kernel ${machine.kernel}`,
    `- Node ${results.node}; database: ${results.database}`,
    `- Packages: ${Object.entries(results.packages).map(([name, version]) => `${name} ${version}`).join(', ')}`,
    `- Driver ${options.driver}, seed ${options.seed}; ${options.connections} connections, ${options.durationSeconds} s per run after a ${options.warmupSeconds} s warm-up (discarded), ${options.rounds} rounds in alternating target order`,
    `- Seeding: migrations ${seeding.migrateSeconds.toFixed(1)} s, data ${seeding.seedSeconds.toFixed(1)} s`,
    ...rows.map((line) => `  - ${line}`),
    '- Every process on this one machine: the load generator, the gateways, the four subgraphs and the database share its cores.',
  ];
  return ['## Setup', lines.join('\n')].join('\n\n');
}

/** The generated part of docs/performance.md from a run's results. */
export function renderGenerated(results: BenchResults): string {
  const sections = [setupSection(results), '## Results', ...results.scenarios.filter(({ name }) => !isGrowth(name)).map(scenarioSection), growthSection(results), memorySection(results)];
  return sections.filter((section): section is string => section !== null).join('\n\n');
}

/**
 * docs/performance.md with the generated part replaced and the hand-written rest kept; the
 * template when there is no document yet (or it lost its markers).
 */
export function renderPerformanceDoc(results: BenchResults, previous: string | null): string {
  const base = previous && previous.includes(GENERATED_START) && previous.includes(GENERATED_END) ? previous : PERFORMANCE_TEMPLATE;
  const start = base.indexOf(GENERATED_START) + GENERATED_START.length;
  const end = base.indexOf(GENERATED_END);
  return `${base.slice(0, start)}\n\n${renderGenerated(results)}\n\n${base.slice(end)}`;
}
