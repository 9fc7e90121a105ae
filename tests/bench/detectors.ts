/**
 * Detector benchmark: precision, recall and F1 per category for Ascent and its peers on the
 * labelled corpus (whole, the earlier holdouts, and the newest, blind holdout as its own
 * row), the same on a disguised copy, throughput on the corpus concatenated to at least
 * 1 MiB, and the 10,000-character time. `--tuning` lists each miss of the tuning part and
 * the earlier holdouts (seen since), for detector work; it never loads the blind holdout.
 */
import { scanText } from '../../lib/detectors/index';
import { loadDetectorCorpus, type CorpusDocument } from '../corpus/load-detector-corpus';
import { ascent, openRedaction, secretlint, type Scanner } from './peers';
import {
  categoryOf,
  countByCategory,
  countByType,
  disguise,
  f1,
  precision,
  recall,
  sumCounts,
  type Counts,
} from './score';
import type { BenchSection } from './section';

const categories = ['secret', 'financial', 'government_id', 'contact', 'network', 'confidential'];
const scanners = [ascent, secretlint, openRedaction];
const percent = (value: number) => value.toFixed(3);

async function scoreScanner(
  scanner: Scanner,
  documents: CorpusDocument[],
): Promise<Map<string, Counts>> {
  const totals = new Map<string, Counts>();
  for (const document of documents) {
    countByCategory(document.spans, await scanner.scan(document.text), categoryOf, totals);
  }

  return totals;
}

function cell(scanner: Scanner, totals: Map<string, Counts>, category: string): string {
  if (!scanner.covers.includes(category)) return 'n/a'.padEnd(20);
  const counts = totals.get(category);
  if (!counts) return '-'.padEnd(20);

  return `${percent(precision(counts))} ${percent(recall(counts))} ${percent(f1(counts))}`.padEnd(
    20,
  );
}

function overall(totals: Map<string, Counts>): Counts {
  return sumCounts(
    categories
      .map((category) => totals.get(category))
      .filter((counts): counts is Counts => !!counts),
  );
}

async function printQualityTable(title: string, documents: CorpusDocument[]): Promise<void> {
  const spans = documents.flatMap((document) => document.spans);
  console.log(
    `\n### ${title}: ${documents.length} documents, ${spans.filter((s) => !s.nearMiss).length} values, ${spans.filter((s) => s.nearMiss).length} near misses\n`,
  );
  if (documents.length === 0) return;

  const results = await Promise.all(
    scanners.map(async (scanner) => ({ scanner, totals: await scoreScanner(scanner, documents) })),
  );
  console.log(`| category | ${scanners.map((scanner) => `${scanner.name} P R F1`).join(' | ')} |`);
  console.log(`|---|${scanners.map(() => '---').join('|')}|`);
  for (const category of [...categories, 'overall']) {
    const cells = results.map(({ scanner, totals }) =>
      category === 'overall'
        ? cell(
            { ...scanner, covers: ['overall'] },
            new Map([['overall', overall(totals)]]),
            'overall',
          )
        : cell(scanner, totals, category),
    );
    console.log(`| ${category} | ${cells.join(' | ')} |`);
  }
}

function concatenated(documents: CorpusDocument[], minimumBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minimumBytes) {
    for (const document of documents) {
      parts.push(document.text);
      bytes += Buffer.byteLength(document.text);
    }
  }

  return parts.join('\n');
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Rates {
  wall: number;
  /** MiB per second of this process's CPU time: steadier than wall time on shared cores. */
  cpu: number;
}

async function throughput(scanner: Scanner, text: string, runs: number): Promise<Rates> {
  const mebibytes = Buffer.byteLength(text) / 1024 / 1024;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await scanner.scan(text);
    wall.push(mebibytes / ((performance.now() - started) / 1000));
    const used = process.cpuUsage(cpuBefore);
    cpu.push(mebibytes / ((used.user + used.system) / 1e6));
  }

  return { wall: median(wall), cpu: median(cpu) };
}

async function printSpeed(documents: CorpusDocument[]): Promise<void> {
  const text = concatenated(documents, 1024 * 1024);
  const runs: Record<string, number> = { Ascent: 9, secretlint: 5, openredaction: 3 };
  const rates = new Map<string, Rates>();
  for (const scanner of scanners)
    rates.set(scanner.name, await throughput(scanner, text, runs[scanner.name]!));

  console.log(
    `\n### Throughput on ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB (median)\n`,
  );
  console.log('| scanner | MiB/s wall | Ascent ×faster | MiB/s CPU | Ascent ×faster (CPU) |');
  console.log('|---|---|---|---|---|');
  const ascentRates = rates.get('Ascent')!;
  for (const [name, rate] of rates) {
    const ratio = (kind: keyof Rates) => (ascentRates[kind] / rate[kind]).toFixed(1);
    console.log(
      `| ${name} | ${rate.wall.toFixed(2)} | ${ratio('wall')} | ${rate.cpu.toFixed(2)} | ${ratio('cpu')} |`,
    );
  }

  const prompt = text.slice(0, 10_000);
  const times: number[] = [];
  for (let run = 0; run < 300; run++) {
    const started = performance.now();
    scanText(prompt);
    times.push(performance.now() - started);
  }
  console.log(
    `\nMedian time to scan a 10,000-character prompt: ${median(times.slice(50)).toFixed(3)} ms`,
  );
}

function printTuning(documents: CorpusDocument[]): void {
  const totals = new Map<string, Counts>();
  for (const document of documents) {
    const findings = scanText(document.text);
    countByType(document.spans, findings, totals);
    for (const span of document.spans) {
      const hit = findings.find((finding) => finding.start < span.end && span.start < finding.end);
      const value = JSON.stringify(document.text.slice(span.start, span.end));
      if (!span.nearMiss && hit?.type !== span.type)
        console.log(`MISS ${span.type} ${value} got ${hit?.type ?? '-'}  ${document.file}`);
      if (span.nearMiss && hit)
        console.log(`NEAR ${span.type} ${value} flagged as ${hit.type}  ${document.file}`);
    }
    for (const finding of findings) {
      if (!document.spans.some((span) => finding.start < span.end && span.start < finding.end)) {
        console.log(
          `EXTRA ${finding.type} ${JSON.stringify(document.text.slice(finding.start, finding.end))}  ${document.file}`,
        );
      }
    }
  }

  console.log('\n| type | P | R | F1 | values |\n|---|---|---|---|---|');
  for (const [type, counts] of [...totals].sort()) {
    console.log(
      `| ${type} | ${percent(precision(counts))} | ${percent(recall(counts))} | ${percent(f1(counts))} | ${counts.truePositives + counts.falseNegatives} |`,
    );
  }
}

export const detectorSection: BenchSection = {
  name: 'Detectors',
  run: async (args) => {
    if (args.includes('--tuning')) {
      printTuning(loadDetectorCorpus('include'));
      return;
    }

    const whole = loadDetectorCorpus('include');
    const holdout = whole.filter((document) => document.holdout);
    await printQualityTable('Whole corpus', whole);
    // `--no-blind` keeps the newest holdout unseen while the detectors are still changing.
    const blind = args.includes('--no-blind') ? [] : loadDetectorCorpus('blind');
    await printQualityTable(
      'Earlier holdouts v1 to v5 (written blind, seen and tuned on since)',
      holdout,
    );
    if (blind.length) await printQualityTable('Holdout v6 (written blind, scored once)', blind);
    await printQualityTable('Whole corpus, disguised', whole.map(disguise));
    await printQualityTable('Earlier holdouts, disguised', holdout.map(disguise));
    if (blind.length) await printQualityTable('Holdout v6, disguised', blind.map(disguise));
    await printSpeed(whole);
  },
};
