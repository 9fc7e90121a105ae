/**
 * Bundles the replica chat pages with esbuild into tests/e2e/replicas/dist/, one script per
 * replica. Each bundle carries the real editor library, so paste, input and undo behave as on
 * the real sites. Run with `node tests/e2e/support/build-replicas.mjs`; safe to re-run.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const replicasDir = fileURLToPath(new URL('../replicas/', import.meta.url));
const outdir = path.join(replicasDir, 'dist');
const replicas = { chatgpt: 'chatgpt.ts', claude: 'claude.ts', gemini: 'gemini.ts' };
Object.assign(replicas, { copilot: 'copilot.tsx', demo: 'demo.ts' });
Object.assign(replicas, {
  'm365-copilot': 'm365-copilot.ts',
  perplexity: 'perplexity.ts',
  mistral: 'mistral.ts',
  deepseek: 'deepseek.tsx',
  grok: 'grok.ts',
  'meta-ai': 'meta-ai.ts',
  poe: 'poe.tsx',
  huggingchat: 'huggingchat.ts',
});

const require = createRequire(import.meta.url);

/** Reads a style sheet shipped by a package, to inline it into the bundle. */
async function readPackageCss(specifier) {
  return readFile(require.resolve(specifier), 'utf8');
}

// Each replica module exports its spec; the entry starts it, so the modules stay side-effect
// free and the demo page can reuse the ChatGPT spec.
function entryFor(file) {
  return `import { spec } from './${file}';\nimport { startReplica } from './shell';\nstartReplica(spec);\n`;
}

async function buildReplica(name, file, define) {
  await build({
    stdin: { contents: entryFor(file), resolveDir: replicasDir, loader: 'ts' },
    outfile: path.join(outdir, `${name}.js`),
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    sourcemap: true,
    logLevel: 'warning',
    define,
  });
}

/** Builds every replica bundle. */
export async function buildReplicas() {
  const define = {
    'process.env.NODE_ENV': '"production"',
    __PROSEMIRROR_CSS__: JSON.stringify(
      await readPackageCss('prosemirror-view/style/prosemirror.css'),
    ),
    __QUILL_CSS__: JSON.stringify(await readPackageCss('quill/dist/quill.core.css')),
  };

  await Promise.all(
    Object.entries(replicas).map(([name, file]) => buildReplica(name, file, define)),
  );

  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const dir = await buildReplicas();
  process.stdout.write(`Replica pages built in ${Date.now() - started} ms: ${dir}\n`);
}
