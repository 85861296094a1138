/** Where the runner's tables go in docs/performance.md; everything outside the markers is written by hand and kept. */
export const GENERATED_START = '<!-- bench:generated:start (npm run bench rewrites everything up to the end marker) -->';
export const GENERATED_END = '<!-- bench:generated:end -->';

/** The document as it is first written, before anyone has edited the hand-written part. */
export const PERFORMANCE_TEMPLATE = `# Performance

What \`npm run bench\` measured (issue 6): our gateway against the stock Apollo Gateway and Hive
Gateway on the same supergraph, subgraphs and data, and against the subgraph called directly where
one subgraph answers the operation. The tables between the markers are rewritten by each run; the
notes after them are written by hand and kept.

${GENERATED_START}
${GENERATED_END}

## How to read the tables

- **req/s**: responses per second over the run (the mean of the rounds; each round's figure in brackets).
  Every response is checked: a run with a non-2xx status, a GraphQL error or a connection error is
  marked FAILED and its figures must not be read as speed.
- **p50 / p95 / p99**: latency percentiles in milliseconds, measured by the load generator per request.
- **SQL / request**: statements each subgraph ran for one request, counted alone (no load running)
  by a TypeORM logger in each subgraph process; for the ledger, per whole ledger (all its pages).
- **peak MiB**: the process's resident high-water mark during the run (VmHWM, reset before each run).
- **ours ÷ peer**: our figure divided by the peer's (req/s: above 1 we serve more; p95: below 1 we answer faster).

## What limits each figure

Written by hand after reading a run on the machine above; the runner does not touch this part.

- **Public directory page**: _to be written from the measured run._
- **Cross-agency view**: _to be written from the measured run._
- **A province's ledger**: _to be written from the measured run._
- **Complaint submission**: _to be written from the measured run._
- **Lead unit's list**: _to be written from the measured run._
- **Growth**: _to be written from the measured run._
`;
