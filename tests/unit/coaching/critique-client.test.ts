import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createCritiqueClient } from '@/lib/coaching/critique/client';
import { defaultCritiqueSettings } from '@/lib/coaching/critique/settings';
import { startOpenAIServer, type OpenAIServer } from '../../e2e/support/openai-server';

// Invented values of real shapes: a checksum-valid IBAN, an AWS key id, an e-mail address.
const email = 'm.jansen@voorbeeldbedrijf.nl';
const iban = 'NL02 ABNA 0123 4567 89';
const awsKeyId = 'AKIAZ7VQ3M5T2XKL9WQP';
const prompt = `Write a reminder to ${email} that invoice 7 is unpaid; pay to ${iban}. Key ${awsKeyId}.`;

let server: OpenAIServer;

beforeAll(async () => {
  server = await startOpenAIServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
  server.behave({ kind: 'critique' });
});

function client(options: { apiKey?: string; timeoutMs?: number; now?: () => number } = {}) {
  return createCritiqueClient({
    settings: { ...defaultCritiqueSettings, enabled: true, baseUrl: server.baseUrl },
    apiKey: options.apiKey ?? 'sk-test-key',
    timeoutMs: options.timeoutMs,
    now: options.now,
  });
}

const request = { prompt, role: 'finance' as const, language: 'en' as const };

describe('the critique client', () => {
  it('sends the prompt with every finding redacted and restores the values locally', async () => {
    const outcome = await client().send(request);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.critique).toContain('no audience');
    expect(outcome.value.improvedPrompt).toContain(email);
    expect(outcome.value.improvedPrompt).toContain(iban);
    expect(outcome.value.redactedCount).toBe(3);

    const sent = server.requests.map((recorded) => recorded.body).join('\n');
    expect(sent).toContain('[EMAIL_1]');
    expect(sent).toContain('invoice 7 is unpaid');
    for (const value of [email, iban, awsKeyId, 'voorbeeldbedrijf']) {
      expect(sent).not.toContain(value);
    }
  });

  it('finds a value in what the server received when it is not a finding (positive control)', async () => {
    const marker = 'MARKER-harmless-9931';
    await client().send({ ...request, prompt: `Summarise ${marker} for me.` });

    expect(server.requests.map((recorded) => recorded.body).join('\n')).toContain(marker);
  });

  it('sends the role and the key only in the Authorization header', async () => {
    await client({ apiKey: 'sk-secret-abc' }).send(request);

    const [recorded] = server.requests;
    expect(recorded!.headers.authorization).toBe('Bearer sk-secret-abc');
    expect(recorded!.body).toContain('finance');
    expect(recorded!.body).not.toContain('sk-secret-abc');
  });

  it('reports a bad key', async () => {
    server.behave({ kind: 'status', status: 401 });

    expect(await client().send(request)).toEqual({ ok: false, failure: { code: 'bad-key' } });
  });

  it('honours retry-after on a rate limit: nothing is sent until it has passed', async () => {
    let clock = 1_000_000;
    const critique = client({ now: () => clock });
    server.behave({ kind: 'status', status: 429, headers: { 'retry-after': '30' } });

    const first = await critique.send(request);
    expect(first).toEqual({ ok: false, failure: { code: 'rate-limited', retryAfterSeconds: 30 } });

    server.behave({ kind: 'critique' });
    clock += 10_000;
    const second = await critique.send(request);
    expect(second).toEqual({ ok: false, failure: { code: 'rate-limited', retryAfterSeconds: 20 } });
    expect(server.requests).toHaveLength(1);

    clock += 20_000;
    expect((await critique.send(request)).ok).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('reports a time-out when the server does not answer', async () => {
    server.behave({ kind: 'hang' });

    expect(await client({ timeoutMs: 300 }).send(request)).toEqual({
      ok: false,
      failure: { code: 'timeout' },
    });
  });

  it.each([
    ['a body that is not JSON', { kind: 'malformed' } as const],
    ['a reply that is not the agreed JSON', { kind: 'not-json-shape' } as const],
    ['a reply without choices', { kind: 'status', status: 200, body: '{"choices": []}' } as const],
  ])('reports %s as malformed', async (_name, behaviour) => {
    server.behave(behaviour);

    expect(await client().send(request)).toEqual({ ok: false, failure: { code: 'malformed' } });
  });

  it('reports a server error with its status', async () => {
    server.behave({ kind: 'status', status: 503 });

    expect(await client().send(request)).toEqual({
      ok: false,
      failure: { code: 'endpoint-error', status: 503 },
    });
  });

  it('reports an unreachable endpoint', async () => {
    const closed = await startOpenAIServer();
    await closed.close();
    const critique = createCritiqueClient({
      settings: { ...defaultCritiqueSettings, enabled: true, baseUrl: closed.baseUrl },
      apiKey: 'sk-test',
    });

    expect(await critique.send(request)).toEqual({ ok: false, failure: { code: 'unreachable' } });
  });
});
