/**
 * A stand-in for a warehouse's HTTP API on 127.0.0.1: the test scripts the
 * answers (in the service's documented response format) and reads back the
 * requests it got. `fetch` sends the connection's https://<host>/… requests
 * here instead, so no test reaches the internet.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { Fetch } from '../../../src/io/sql/http-json.ts';

export interface StandInRequest {
  method: string;
  /** Path and query, e.g. /api/v2/statements?partition=1 */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StandInAnswer {
  status?: number;
  /** Sent as JSON unless a string. */
  body: unknown;
}

export interface StandInServer {
  origin: string;
  requests: StandInRequest[];
  /** Reaches this server whatever the origin of the URL. */
  fetch: Fetch;
  close(): Promise<void>;
}

export async function startStandIn(
  answer: (request: StandInRequest, origin: string) => StandInAnswer,
): Promise<StandInServer> {
  const requests: StandInRequest[] = [];
  let origin = '';
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const { status = 200, body } = answer(request, origin);
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      response.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      });
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    fetch: (input, init) =>
      globalThis.fetch(String(input).replace(/^https?:\/\/[^/]+/, origin), init),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Starts stand-ins that are closed after each test of the file that calls this. */
export function standInPerTest(): typeof startStandIn {
  const running: StandInServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });
  return async (answer) => {
    const server = await startStandIn(answer);
    running.push(server);
    return server;
  };
}

/** Asserts neither the message nor the stack of `error` holds any of `secrets`. */
export function leakedSecrets(error: unknown, secrets: readonly string[]): string[] {
  const text = `${(error as Error).message}\n${(error as Error).stack}\n${JSON.stringify(error)}`;
  return secrets.filter(
    (secret) => text.includes(secret) || text.includes(encodeURIComponent(secret)),
  );
}
