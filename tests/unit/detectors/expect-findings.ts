import { expect } from 'vitest';
import { scanText } from '../../../lib/detectors/index';

/** One row of a detector table: a text, and the value expected to be found (or not). */
export interface DetectorCase {
  title: string;
  text: string;
  /** The exact substring expected as a finding of the type; omit for a near miss. */
  value?: string;
  region?: string;
}

/** Asserts that the value (and only it) is found with the type, or that nothing of it is. */
export function expectCase(type: string, row: DetectorCase): void {
  const findings = scanText(row.text, { region: row.region }).filter((f) => f.type === type);
  const values = findings.map((finding) => row.text.slice(finding.start, finding.end));
  expect(values).toEqual(row.value === undefined ? [] : [row.value]);
}
