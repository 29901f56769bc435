import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createDossierApp, type DossierApp } from './app.js';
import { MAX_CONNECTIONS } from './limits.js';
import type { ServerOptions } from './types.js';

export interface ListenOptions extends Omit<ServerOptions, 'token' | 'webDir'> {
  port: number;
  host: string;
  /** Write token; required (generated when missing) unless the host is loopback. */
  token?: string | null;
  webDir?: string | null;
  /** Open connections accepted at once (default MAX_CONNECTIONS); more are closed at accept. */
  maxConnections?: number;
}

export interface RunningServer {
  url: string;
  token: string | null;
  webDir: string | null;
  dossier: DossierApp;
  server: ServerType;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** web/dist beside this package (src/server or dist/server are both two levels down). */
export function defaultWebDir(): string | null {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Open the app on the store and listen. On a non-loopback host writes need a token. */
export async function listen(options: ListenOptions): Promise<RunningServer> {
  const token = options.token || (isLoopback(options.host) ? null : randomBytes(18).toString('base64url'));
  const webDir = options.webDir === undefined ? defaultWebDir() : options.webDir;
  const dossier = await createDossierApp({ ...options, token, webDir });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: dossier.app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    token,
    webDir,
    dossier,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
