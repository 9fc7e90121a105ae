/**
 * Writes the generated part of the detector corpus (tests/corpus/detectors/generated-*.txt):
 * realistic documents in English and Dutch with labelled values and near misses.
 * Run `npx tsx tests/corpus/generate-detector-corpus.ts`; the output is deterministic.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { scanText } from '../../lib/detectors/index';
import { templates } from './detector-templates';
import { pick, seededRandom, valueGenerators, type Random } from './detector-values';

const positivesPerType = 22;
const nearMissesPerType = 12;
const slotsPerDocument = 9;

type Language = 'en' | 'nl';
interface Slot {
  type: string;
  nearMiss: boolean;
}

const genres = ['email', 'env', 'log', 'code', 'csv', 'ticket', 'hr'] as const;
type Genre = (typeof genres)[number];

const headers: Record<Genre, Record<Language, string[]>> = {
  email: { en: ['From: Mark <⟦email|mark@ops.example.com⟧>\nSubject: quick question\n\nHi team,'], nl: ['Van: Ilse\nOnderwerp: even checken\n\nHoi allemaal,'] },
  env: { en: ['# .env for staging, do not commit'], nl: ['# .env voor acceptatie, niet committen'] },
  log: { en: ['2024-05-14T09:12:03Z INFO worker started pid=4312'], nl: ['2024-05-14 09:12:03 INFO verwerking gestart'] },
  code: { en: ['// config.ts\nexport const settings = {'], nl: ['# instellingen.py\n# let op: tijdelijk'] },
  csv: { en: ['id,name,detail,created'], nl: ['nr;naam;gegevens;datum'] },
  ticket: { en: ['Ticket #48213 (priority: high)\nCustomer wrote:'], nl: ['Melding 48213 (prioriteit: hoog)\nKlant schrijft:'] },
  hr: { en: ['HR note, new starter onboarding'], nl: ['HR-notitie, indiensttreding nieuwe medewerker'] },
};

// Things no detector may report: ids, hashes, versions, numbers in other roles.
const noise: Record<Language, string[]> = {
  en: [
    'Request id 3f2b8c1e-7d4a-4e9b-9c2f-1a6b5d8e0f47 took 0.004211 s.',
    'Merged commit 9fceb02d0ae598e95dc970b74767f19372d61af8 into main.',
    'integrity sha512-Q2hhbmdlZCBmaWxlcyBhcmUgbm90IHNlY3JldHMgYXQgYWxsIQ==',
    'Timestamp 1715677923 and 1715677923123 in the event.',
    'Value 6.02214076e23 and 3.14159265358979 and 0.30000000000000004.',
    'Running version 2.14.7 (build 20240514.3) on node 20.11.1.',
    'ISBN 978-0-306-40615-7 is out of print.',
    'Order ORD20240514A77 shipped on 2024-05-14.',
    'thumbnail: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
  ],
  nl: [
    'Verzoek-id 8d1e4b2a-5c3f-4a7e-b6d9-0e2f1c3a4b5d duurde 12,5 ms.',
    'Commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 is teruggedraaid.',
    'Factuur F2024-00318 van 14-05-2024 is betaald, totaal € 1.249,95.',
    'Versie 3.2.1 staat sinds 12 mei op productie.',
    'Tijdstip 1715677923 in de database.',
    'Artikel ABC123456789 is geleverd.',
  ],
};

function slots(random: Random): Slot[] {
  const all = Object.keys(valueGenerators).flatMap((type) => [
    ...Array.from({ length: positivesPerType }, () => ({ type, nearMiss: false })),
    ...Array.from({ length: nearMissesPerType }, () => ({ type, nearMiss: true })),
  ]);
  for (let index = all.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [all[index], all[other]] = [all[other]!, all[index]!];
  }

  return all;
}

/** A near miss must not be mistaken for another type, or it would label the wrong thing. */
function nearMissValue(random: Random, type: string): string {
  for (let attempt = 0; ; attempt++) {
    const value = valueGenerators[type]!.nearMiss(random);
    const collateral = scanText(value).some((finding) => finding.type !== type);
    if (!collateral || attempt > 20) return value;
  }
}

function renderSlot(random: Random, slot: Slot, language: Language, genre: Genre): string {
  const frames = templates[slot.type]!;
  const configLike = genre === 'env' || genre === 'code';
  const nearFrames = language === 'en' ? frames.nearEn : frames.nearNl;
  const sentences = slot.nearMiss && nearFrames ? nearFrames : configLike && frames.config ? frames.config : frames[language];
  const value = slot.nearMiss ? nearMissValue(random, slot.type) : valueGenerators[slot.type]!.value(random);
  const marker = `⟦${slot.nearMiss ? '!' : ''}${slot.type}|${value}⟧`;

  return pick(random, sentences).replace('{v}', () => marker);
}

function renderLine(random: Random, line: string, genre: Genre, index: number): string {
  if (genre === 'log') return `2024-05-14T09:${String(12 + index).padStart(2, '0')}:0${index % 10}Z WARN ${line}`;
  if (genre === 'csv') return `${1000 + index},${pick(random, ['Jansen', 'Smith', 'Peeters'])},"${line.replace(/"/g, "'")}",2024-05-${10 + (index % 18)}`;
  if (genre === 'code' && !line.includes('\n')) return `  // ${line}`;
  return line;
}

function renderDocument(random: Random, documentSlots: Slot[], language: Language, genre: Genre): string {
  const lines = [pick(random, headers[genre][language])];
  documentSlots.forEach((slot, index) => {
    lines.push(renderLine(random, renderSlot(random, slot, language, genre), genre, index));
    if (index % 4 === 1) lines.push(renderLine(random, pick(random, noise[language]), genre, index + 20));
  });

  return `${lines.join('\n')}\n`;
}

function main(): void {
  const random = seededRandom(20240514);
  const folder = new URL('./detectors/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(folder)) if (file.startsWith('generated-')) rmSync(new URL(file, folder));

  const all = slots(random);
  for (let index = 0; index * slotsPerDocument < all.length; index++) {
    const language: Language = index % 5 === 0 || index % 5 === 3 ? 'nl' : 'en';
    const genre = genres[index % genres.length]!;
    const documentSlots = all.slice(index * slotsPerDocument, (index + 1) * slotsPerDocument);
    const name = `generated-${String(index).padStart(3, '0')}-${genre}-${language}.txt`;
    writeFileSync(new URL(name, folder), renderDocument(random, documentSlots, language, genre));
  }
}

main();
