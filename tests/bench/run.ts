/**
 * `npm run bench [-- --only NAME] [-- --tuning]`: runs every benchmark section in turn and
 * prints its tables (Markdown, ready for the README). Other sections register below.
 */
import { coachingSection } from './coaching';
import { detectorSection } from './detectors';
import { progressSection } from './progress';
import { sitesSection } from './sites';
import type { BenchSection } from './section';

const sections: BenchSection[] = [detectorSection, coachingSection, progressSection, sitesSection];

async function main(args: string[]): Promise<void> {
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  for (const section of sections) {
    if (only && section.name.toLowerCase() !== only.toLowerCase()) continue;

    console.log(`\n## ${section.name}`);
    await section.run(args);
  }
}

void main(process.argv.slice(2));
