import { listen } from '../../server/listen.js';
import { storeOf, type CommandContext } from '../context.js';

export interface ServeOptions {
  port: number;
  host: string;
  token?: string;
  allowedHost?: string[];
  allowPrivateUrls?: boolean;
}

/** `dossier serve`: the JSON API and the web app until Ctrl-C. */
export async function serveCommand(ctx: CommandContext, opts: ServeOptions): Promise<void> {
  const running = await listen({ store: storeOf(ctx), port: opts.port, host: opts.host, token: opts.token ?? process.env.DOSSIER_TOKEN ?? null, allowedHosts: opts.allowedHost ?? [], allowPrivateUrls: opts.allowPrivateUrls ?? false });
  ctx.err(`dossier: serving ${running.url} (API at ${running.url}api, see docs/api.md)`);
  if (!running.webDir) ctx.err('dossier: the web app is not built; run "npm run build:web" and restart to get it (the API works without it)');
  if (opts.allowPrivateUrls) ctx.err('dossier: URL ingest may fetch loopback and private addresses (--allow-private-urls)');
  if (running.token) ctx.err(`dossier: ingest needs "Authorization: Bearer ${running.token}"`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
