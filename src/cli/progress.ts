import cliProgress from 'cli-progress';
import type { IngestProgress } from '../app/ingest.js';

/** A progress bar on stderr when it is a terminal and there are more than a handful of inputs. */
export function createProgress(total: number | null, quiet: boolean): { tick: (p: IngestProgress) => void; stop: () => void } {
  if (quiet || !process.stderr.isTTY || total === null || total <= 5) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} | added {added} skipped {skipped} failed {failed} | {eta_formatted} left', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const counts = { added: 0, skipped: 0, failed: 0 };
  bar.start(total, 0, counts);
  return {
    tick(p) {
      counts[p.outcome]++;
      bar.increment(1, counts);
    },
    stop: () => bar.stop(),
  };
}
