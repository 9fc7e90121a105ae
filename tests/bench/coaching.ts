/**
 * Coaching benchmark: pairwise accuracy of the prompt analyzer on the tuning pairs and on
 * the blind holdout separately, next to what "the longer prompt wins" achieves, and the
 * median time to analyse one prompt.
 */
import { readFileSync } from 'node:fs';
import { analyzePrompt } from '../../lib/coaching/analyzer/index';
import type { RoleId } from '../../lib/coaching/roles';
import type { BenchSection } from './section';

interface PromptPair {
  role: RoleId;
  weaker: string;
  stronger: string;
}

const corpus = new URL('../corpus/prompts/', import.meta.url);

function loadPairs(file: string): PromptPair[] {
  return JSON.parse(readFileSync(new URL(file, corpus), 'utf8')) as PromptPair[];
}

function accuracy(pairs: PromptPair[], strongerWins: (pair: PromptPair) => boolean): string {
  const wins = pairs.filter(strongerWins).length;

  return `${(wins / pairs.length).toFixed(3)} (${wins}/${pairs.length})`;
}

const analyzerWins = (pair: PromptPair) =>
  analyzePrompt(pair.stronger, { role: pair.role }).score >
  analyzePrompt(pair.weaker, { role: pair.role }).score;

const longerWins = (pair: PromptPair) => pair.stronger.length > pair.weaker.length;

// Each prompt analysed many times so the timer's resolution does not dominate.
function medianMilliseconds(prompts: string[]): number {
  const runs = 50;
  const times = prompts.map((prompt) => {
    const started = performance.now();
    for (let run = 0; run < runs; run += 1) analyzePrompt(prompt, { role: 'general' });
    return (performance.now() - started) / runs;
  });

  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Prints the coaching table; `--tuning` leaves the holdout out. */
export async function runCoachingBench(args: string[] = []): Promise<void> {
  const sets: [string, PromptPair[]][] = [['pairs.json (tuning)', loadPairs('pairs.json')]];
  if (!args.includes('--tuning')) sets.push(['holdout.json (blind)', loadPairs('holdout.json')]);

  console.log('| set | analyzer | longer prompt wins |');
  console.log('|---|---|---|');
  for (const [name, pairs] of sets) {
    console.log(`| ${name} | ${accuracy(pairs, analyzerWins)} | ${accuracy(pairs, longerWins)} |`);
  }

  const prompts = sets.flatMap(([, pairs]) =>
    pairs.flatMap((pair) => [pair.weaker, pair.stronger]),
  );
  console.log(`\nMedian analysis time per prompt: ${medianMilliseconds(prompts).toFixed(3)} ms`);
}

export const coachingSection: BenchSection = { name: 'Coaching', run: runCoachingBench };
