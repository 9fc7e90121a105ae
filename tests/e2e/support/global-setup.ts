import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Rebuilds the replica bundles before any end-to-end test; it takes about a second. */
export default function setup(): void {
  const script = fileURLToPath(new URL('./build-replicas.mjs', import.meta.url));
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
