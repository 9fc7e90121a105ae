import { launchChromium } from '../../lib/demo/chromium';
import { startReplicaServer } from '../../lib/demo/replica-server';
const server = await startReplicaServer({ https: true });
const chromium = await launchChromium({ headless: true, hostRulesPort: server.port, extensionDir: process.env.EXT || undefined });
const ctx = chromium.context;
const page = await ctx.newPage();
page.on('crash', () => console.log('CRASH'));
page.on('pageerror', (e) => console.log('PAGEERR', e.message));
ctx.on('page', (p) => console.log('NEWPAGE', p.url()));
page.on('close', () => console.log('CLOSE'));
page.on('console', (m) => console.log('PAGE', m.text().slice(0, 200)));
await page.goto('https://huggingface.co/chat/');
await page.waitForSelector('form textarea');
const line = 'Row 1234, status shipped, warehouse Utrecht, carrier notes follow here.\n';
const text = `${line.repeat(Math.ceil(1_048_576 / line.length))}contact m.jansen@example.nl`;
await page.evaluate((value) => navigator.clipboard.writeText(value), text);
await page.click('form textarea');
const t0 = Date.now();
await page.keyboard.press('Control+V');
for (let i = 0; i < 20; i++) {
  await new Promise((r) => setTimeout(r, 200));
  const state = await page.evaluate(() => ({ len: window.__replica.text().length, notices: [...document.querySelectorAll('ascent-notice')].map((n) => n.shadowRoot!.querySelector('.notice')!.getAttribute('data-ascent')) }));
  console.log(Date.now() - t0, JSON.stringify(state));
  if (state.len > 0) break;
}
await chromium.close(); await server.close();
