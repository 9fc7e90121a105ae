// One pass over the text finds every place a number-shaped value can start, so the
// number validators run a sticky pattern at a few hundred places instead of scanning the
// whole text each. A run is digit groups joined by at most two of ` .-/()` (`+31 (0)6-12`).

/**
 * The digit groups of every run holding at least four digits (no detector needs fewer), as
 * parallel arrays: where the group starts, how many digits are left from there to the end
 * of its run (a value needing twelve digits is never tried at a group with five), and the
 * run's bounds.
 */
export interface NumberRuns {
  groups: number[];
  digitsFrom: number[];
  runStart: number[];
  runEnd: number[];
}

const minimumRunDigits = 4;

const isDigit = (code: number) => code >= 48 && code <= 57;

// space . - / ( )
const isSeparator = (code: number) =>
  code === 32 || code === 46 || code === 45 || code === 47 || code === 40 || code === 41;

/** Every run of digit groups in the text, in order. */
export function findNumberRuns(text: string): NumberRuns {
  const runs: NumberRuns = { groups: [], digitsFrom: [], runStart: [], runEnd: [] };
  let index = 0;
  while (index < text.length) {
    if (isDigit(text.charCodeAt(index))) index = addRun(text, index, runs);
    else index++;
  }

  return runs;
}

// Reads one run from `start`, records its groups when it is long enough, returns its end.
function addRun(text: string, start: number, runs: NumberRuns): number {
  const groupStarts: number[] = [];
  const digitsBefore: number[] = [];
  let digits = 0;
  let index = start;
  for (;;) {
    groupStarts.push(index);
    digitsBefore.push(digits);
    while (isDigit(text.charCodeAt(index))) {
      index++;
      digits++;
    }

    let gap = index;
    while (gap - index < 2 && isSeparator(text.charCodeAt(gap))) gap++;
    if (gap === index || !isDigit(text.charCodeAt(gap))) break;

    index = gap;
  }

  if (digits >= minimumRunDigits) {
    for (let group = 0; group < groupStarts.length; group++) {
      runs.groups.push(groupStarts[group]!);
      runs.digitsFrom.push(digits - digitsBefore[group]!);
      runs.runStart.push(start);
      runs.runEnd.push(index);
    }
  }

  return index;
}
