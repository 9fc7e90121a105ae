/**
 * Per-detector cost on the 1 MiB benchmark text, for performance work: the median CPU time of
 * a number of runs (the machine is shared, CPU time is steadier than wall time).
 * `npx tsx tests/bench/detector-profile.ts` (RUNS=15 by default).
 */
import { findNumberRuns } from '../../lib/detectors/candidates';
import { scanText } from '../../lib/detectors/index';
import { normaliseText } from '../../lib/detectors/normalise';
import { detectors } from '../../lib/detectors/registry';
import { loadDetectorCorpus } from '../corpus/load-detector-corpus';

const runs = Number(process.env.RUNS ?? 15);
const documents = loadDetectorCorpus('include');
const parts: string[] = [];
let bytes = 0;
while (bytes < 1024 * 1024) {
  for (const document of documents) {
    parts.push(document.text);
    bytes += Buffer.byteLength(document.text);
  }
}
const text = parts.join('\n');

function cpuMilliseconds(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }

  return times.sort((a, b) => a - b)[runs >> 1]!;
}

const row = (name: string, milliseconds: number) =>
  console.log(`${name.padEnd(28)} ${milliseconds.toFixed(2).padStart(7)}`);

row(
  `scanText (${(bytes / 1048576).toFixed(2)} MiB)`,
  cpuMilliseconds(() => scanText(text)),
);
row(
  'normalise',
  cpuMilliseconds(() => normaliseText(text)),
);
row(
  'numberRuns',
  cpuMilliseconds(() => findNumberRuns(text)),
);
const context = { region: undefined, numberRuns: findNumberRuns(text) };
for (const detector of detectors) {
  row(
    detector.id,
    cpuMilliseconds(() => {
      if (!detector.trigger || detector.trigger.test(text)) detector.detect(text, context);
    }),
  );
}
