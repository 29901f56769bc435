import { Command, InvalidArgumentError, Option } from 'commander';
import { describeError, isDossierError } from '../core/errors.js';
import { runCommand, type GlobalOptions } from './context.js';

// Commands load their modules when they run: reading the store must not pay for the language models.
const report = () => import('./commands/report.js');
const debug = () => import('./commands/debug.js');

const formats = (allowed: string[], fallback: string): Option =>
  new Option('-f, --format <format>', 'output format').choices(allowed).default(fallback);

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function dateArg(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** --doc-timeout arrives in milliseconds (see seconds()). */
type IngestFlags = { corpus: boolean; rebuild?: boolean; jobs?: number; maxBytes?: number; docTimeout?: number };

/** "500000", "800kB", "20MB" -> bytes. */
function byteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m?.[2] ?? 'b').toLowerCase() as 'b'];
  const n = m ? Math.round(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(n) || n < 1) throw new InvalidArgumentError('expected a size such as 5000000, 800kB or 20MB');
  return n;
}

/** Seconds (may be fractional) -> milliseconds. */
function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0, such as 30 or 2.5');
  return Math.round(n * 1000);
}

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Turn raw news coverage into a source-cited timeline: events, who is who, quotes, figures, disagreements.')
    .option('--db <path>', 'the store: a SQLite file, or postgres://user:password@host/database[?schema=name]', './dossier.db')
    .option('-q, --quiet', 'no progress bar or summary')
    .option('--debug', 'show stack traces')
    .showHelpAfterError();

  const g = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('ingest')
    .description('read .txt, .html/.htm (also .gz), .json/.jsonl records, RSS/Atom feeds, URLs or - (stdin), annotate and store them, then update the corpus')
    .argument('<inputs...>', 'files, directories, http(s) URLs of pages or feeds, or - for stdin')
    .option('--no-corpus', 'skip the corpus stages (run them with a later ingest)')
    .option('--rebuild', 'recompute the corpus from every stored document instead of updating it from the new ones (also when nothing new was added)')
    .option('-j, --jobs <n>', 'worker threads for cleaning and annotating (default: one per core for more than 20 inputs)', positiveInt)
    .option('--max-bytes <n>', 'largest input one document may come from, in bytes or with kB/MB (default: 20MB); a larger one is kept raw, not annotated [E_INPUT_TOO_LARGE]', byteSize)
    .option('--doc-timeout <seconds>', 'longest one document may take to clean and annotate (default: 30), on a worker thread (with --jobs, or for inputs of 512 kB and more); it is then stopped and kept raw [E_DOCUMENT_TIMEOUT]', seconds)
    .option('--queue', 'PostgreSQL only: queue the inputs for "dossier worker" processes instead of processing them here')
    .option('--wait', 'with --queue: wait until the workers have stored them and updated the corpus')
    .option('--job-timeout <seconds>', 'with --queue: retry a job whose worker has not finished it after this long (default 600)', positiveInt)
    .action((inputs: string[], opts: IngestFlags & { queue?: boolean; wait?: boolean; jobTimeout?: number }) =>
      runCommand(
        g(),
        async (ctx) => (opts.queue ? (await import('./commands/worker.js')).enqueueCommand(ctx, inputs, opts) : (await import('./commands/ingest.js')).ingestCommand(ctx, inputs, opts)),
        'write',
      ),
    );

  program
    .command('worker')
    .description('PostgreSQL only: take queued inputs (ingest --queue), clean, annotate and store them, and update the corpus; run as many as you like')
    .option('--until-idle', 'exit once the queue is empty instead of waiting for more')
    .action((opts: { untilIdle?: boolean }) => runCommand(g(), async (ctx) => (await import('./commands/worker.js')).workerCommand(ctx, opts), 'write'));

  program
    .command('timeline')
    .description('events in date order with date precision, what happened, who, where and the sources')
    .option('--from <date>', 'from this date (YYYY[-MM[-DD]])', dateArg)
    .option('--to <date>', 'up to this date (YYYY[-MM[-DD]])', dateArg)
    .option('--entity <name>', 'only events involving this entity (repeatable)', collect)
    .option('--document <id>', "only events a document reports: dossier's document id or the record's own id (repeatable)", collect)
    .option('--dates <n>', 'only the N most important dates', positiveInt)
    .option('--per-date <k>', 'at most K events per date', positiveInt)
    .option('--undated', 'also list the events no source dates (at the end)')
    .addOption(formats(['text', 'md', 'json'], 'text'))
    .action((opts) => runCommand(g(), async (ctx) => (await report()).timelineCommand(ctx, opts)));

  program
    .command('entities')
    .description("who's who: people, countries, organisations and places, with roles over time")
    .addOption(new Option('--type <type>', 'only this type').choices(['person', 'country', 'organization', 'place', 'other']))
    .addOption(formats(['text', 'md', 'json'], 'text'))
    .action((opts) => runCommand(g(), async (ctx) => (await report()).entitiesCommand(ctx, opts)));

  program
    .command('quotes')
    .description('who said what, with the passage it comes from')
    .option('--entity <name>', 'only quotes by this speaker (repeatable)', collect)
    .addOption(formats(['text', 'md', 'json'], 'text'))
    .action((opts) => runCommand(g(), async (ctx) => (await report()).quotesCommand(ctx, opts)));

  program
    .command('claims')
    .description('the figures each source claimed')
    .addOption(formats(['text', 'md', 'json'], 'text'))
    .action((opts) => runCommand(g(), async (ctx) => (await report()).claimsCommand(ctx, opts)));

  program
    .command('search')
    .description('full-text search over the stored documents')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'at most N hits', positiveInt, 20)
    .action((query: string[], opts) => runCommand(g(), async (ctx) => (await report()).searchCommand(ctx, query.join(' '), opts)));

  program
    .command('export')
    .description('everything stored, for other tools: json, jsonl, csv (a folder), md, graphml, timelinejs, plover (see docs/export.md)')
    .addOption(formats(['json', 'jsonl', 'csv', 'md', 'graphml', 'timelinejs', 'plover'], 'json'))
    .option('-o, --out <path>', 'write to a file (a folder for csv) instead of stdout')
    .action((opts) => runCommand(g(), async (ctx) => (await report()).exportCommand(ctx, opts)));

  program
    .command('serve')
    .description('HTTP JSON API and web app to explore the dossier (loopback only unless --host; see docs/api.md)')
    .option('--port <n>', 'port to listen on', positiveInt, 8080)
    .option('--host <host>', 'address to listen on; anything but loopback requires a write token', '127.0.0.1')
    .option('--token <token>', 'token ingest requests must send (default: $DOSSIER_TOKEN, or generated off loopback)')
    .option('--allowed-host <name...>', 'more names the Host header may carry (a reverse proxy\'s); the loopback names and --host always pass')
    .option('--allow-private-urls', 'let URL ingest fetch loopback, private and link-local addresses (refused by default: SSRF)')
    .action((opts) => runCommand(g(), async (ctx) => (await import('./commands/serve.js')).serveCommand(ctx, opts), 'write'));

  program
    .command('clean')
    .description('run only the clean step and print each article found (for debugging and measuring)')
    .argument('<inputs...>', 'files, directories or - for stdin')
    .addOption(formats(['jsonl', 'text'], 'jsonl'))
    .action((inputs: string[], opts) => runCommand(g(), async (ctx) => (await debug()).cleanCommand(ctx, inputs, opts), 'none'));

  program
    .command('annotate')
    .description('run the clean step and the document stages on one input and print the annotated article')
    .argument('<input>', 'a file or - for stdin')
    .addOption(formats(['json'], 'json'))
    .option('--published <date>', 'the publication date to resolve relative dates against', dateArg)
    .action((input: string, opts) => runCommand(g(), async (ctx) => (await debug()).annotateCommand(ctx, input, opts), 'none'));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.help' || code === 'commander.version') return;
    if (typeof code === 'string' && code.startsWith('commander.')) {
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`dossier: ${describeError(e)}\n`);
    if (program.opts().debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = isDossierError(e) && e.code === 'E_USAGE' ? 2 : 1;
  }
}

