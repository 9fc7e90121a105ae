/** One part of `npm run bench`; detectors and coaching each add their own. */
export interface BenchSection {
  name: string;
  run(args: string[]): Promise<void>;
}
