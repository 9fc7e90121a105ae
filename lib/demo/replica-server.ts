/**
 * Serves the replica chat pages under the AI tools' real host names (Node only). Chromium,
 * started with host-resolver rules pointing those names at this server, then runs the
 * extension's real content scripts on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findReplicaForHost, replicaHosts, type ReplicaName } from './replica-hosts';

/** Where build-replicas.mjs writes the bundles. */
export const replicaAssetsDir = fileURLToPath(
  new URL('../../tests/e2e/replicas/dist/', import.meta.url),
);

const assetPrefix = '/replica-assets/';

export interface ReplicaServerOptions {
  https: boolean;
  /** 0 or absent picks a free port. */
  port?: number;
}

export interface ReplicaServer {
  port: number;
  /**
   * The origin a browser uses for `host`. The tools' hosts are reached through
   * host-resolver rules on the default port (`https://chatgpt.com`); `*.localhost` hosts
   * resolve to loopback by themselves and need the port (`http://ascent-demo.localhost:PORT`).
   */
  origin(host: string): string;
  close(): Promise<void>;
}

/** Starts the server; call `close()` when done. */
export async function startReplicaServer(options: ReplicaServerOptions): Promise<ReplicaServer> {
  const certificate = options.https ? createSelfSignedCertificate() : undefined;
  const server = certificate
    ? createHttpsServer({ key: certificate.key, cert: certificate.cert }, handleRequest)
    : createHttpServer(handleRequest);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });

  const port = (server.address() as AddressInfo).port;
  const scheme = options.https ? 'https' : 'http';

  return {
    port,
    origin: (host) =>
      host.endsWith('.localhost') ? `${scheme}://${host}:${port}` : `${scheme}://${host}`,
    close: () => closeServer(server),
  };
}

function closeServer(server: ReturnType<typeof createHttpServer>): Promise<void> {
  // Keep-alive connections from a closed browser would otherwise hold close() open.
  server.closeAllConnections();

  return new Promise((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}

function handleRequest(request: IncomingMessage, response: ServerResponse): void {
  const replica = findReplicaForHost(request.headers.host);
  if (!replica) {
    sendText(response, 404, `No replica for host ${request.headers.host ?? '(none)'}\n`);
    return;
  }

  const pathname = new URL(request.url ?? '/', 'http://replica').pathname;
  if (pathname.startsWith(assetPrefix)) {
    void sendAsset(response, pathname.slice(assetPrefix.length));
    return;
  }

  // Single-page apps: every other path gets the page, like the real tools' deep links.
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(renderPage(replica));
}

function renderPage(replica: ReplicaName): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Replica</title></head>',
    '<body>',
    `<script type="module" src="${assetPrefix}${replica}.js"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

async function sendAsset(response: ServerResponse, name: string): Promise<void> {
  // Only flat file names from the bundle folder; nothing can climb out of it.
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) {
    sendText(response, 404, 'Not found\n');
    return;
  }

  try {
    const body = await readFile(path.join(replicaAssetsDir, name));
    const type = name.endsWith('.js') ? 'text/javascript' : 'application/json';
    response.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    sendText(
      response,
      404,
      `Replica asset ${name} is missing; run tests/e2e/support/build-replicas.mjs\n`,
    );
  }
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** Makes a throwaway certificate for every replica host with the machine's openssl. */
function createSelfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ascent-replica-cert-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  const names = Object.keys(replicaHosts).map((host) => `DNS:${host}`);

  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=ascent-replica',
      '-addext',
      `subjectAltName=${names.join(',')}`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    // openssl chats on stderr even when it succeeds; capture it so only a failure shows it.
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );

  const certificate = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  rmSync(dir, { recursive: true, force: true });

  return certificate;
}
