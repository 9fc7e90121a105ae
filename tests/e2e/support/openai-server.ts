/**
 * A small OpenAI-compatible server on loopback for critique tests (Node only). It answers
 * POST /v1/chat/completions the way the API does, records every request, and sends no CORS
 * headers at all, like most self-hosted servers: a browser page without host permission
 * cannot read its answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** How the next request is answered; the default echoes an improved prompt. */
export type Behaviour =
  | { kind: 'critique'; critique?: string }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'malformed' }
  | { kind: 'not-json-shape' }
  | { kind: 'hang' };

export interface OpenAIServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Answers the following requests this way until told otherwise. */
  behave(behaviour: Behaviour): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The user message of a chat request: the (redacted) prompt Ascent sent. */
function userContent(body: string): string {
  try {
    const parsed = JSON.parse(body) as { messages?: { role: string; content: string }[] };
    return parsed.messages?.find((message) => message.role === 'user')?.content ?? '';
  } catch {
    return '';
  }
}

function completion(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

function sendJson(response: ServerResponse, status: number, body: string, headers = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}

function answer(behaviour: Behaviour, body: string, response: ServerResponse): void {
  switch (behaviour.kind) {
    case 'critique': {
      const improvedPrompt = `You are an expert. ${userContent(body)} Answer in five bullets.`;
      const critique = behaviour.critique ?? 'The prompt has no audience and no format.';
      return sendJson(response, 200, completion(JSON.stringify({ critique, improvedPrompt })));
    }
    case 'status': {
      const error = { error: { message: 'test error', type: 'test', code: null } };
      const text = behaviour.body ?? JSON.stringify(error);
      return sendJson(response, behaviour.status, text, behaviour.headers);
    }
    case 'malformed':
      return sendJson(response, 200, '{"choices": [ {"message": ');
    case 'not-json-shape':
      return sendJson(response, 200, completion('Sure! Here is a better prompt for you.'));
    case 'hang':
      return;
  }
}

/** Starts the server on 127.0.0.1 with a free port. */
export async function startOpenAIServer(): Promise<OpenAIServer> {
  let behaviour: Behaviour = { kind: 'critique' };
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const path = request.url ?? '/';
      requests.push({ method: request.method ?? '', path, headers: request.headers, body });

      if (request.method !== 'POST' || !path.endsWith('/chat/completions')) {
        return sendJson(response, 404, '{"error":{"message":"not found"}}');
      }
      answer(behaviour, body, response);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    behave: (next) => {
      behaviour = next;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
