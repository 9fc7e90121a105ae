import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  containsReact,
  contentScriptBudgetBytes,
  formatKb,
} from '../support/content-script-budget';

// Built fresh with WXT itself (the content entrypoint alone, ~2 s) into a folder of its own:
// a stale .output would hide growth, and only WXT's build adds the polyfill and the runtime
// that the shipped file carries.
const outDir = mkdtempSync(path.join(tmpdir(), 'ascent-content-size-'));
const wxtCli = path.resolve('node_modules/wxt/bin/wxt.mjs');
let code = '';

beforeAll(() => {
  execFileSync(process.execPath, [wxtCli, 'build', '--filter-entrypoint', 'content'], {
    env: { ...process.env, ASCENT_OUT_DIR: outDir },
    stdio: 'pipe',
  });
  code = readFileSync(path.join(outDir, 'chrome-mv3/content-scripts/content.js'), 'utf8');
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built content script', () => {
  it('should stay under the 150 KB budget', () => {
    const bytes = Buffer.byteLength(code);

    expect(bytes, `content script is ${formatKb(bytes)}`).toBeGreaterThan(0);
    expect(bytes, `content script is ${formatKb(bytes)}`).toBeLessThan(contentScriptBudgetBytes);
  });

  it('should not contain React', () => {
    expect(containsReact(code)).toBe(false);
  });
});
