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

// Reads one run from `start` and returns its end; records its groups only when it holds
// enough digits. Most runs are short (`v2`, `12:30`), so they are measured first and only the
// long ones are walked again: no arrays to build and throw away for the ~80,000 runs of a MiB.
function addRun(text: string, start: number, runs: NumberRuns): number {
  let digits = 0;
  let index = start;
  for (;;) {
    while (isDigit(text.charCodeAt(index))) {
      index++;
      digits++;
    }

    const next = nextGroup(text, index);
    if (next === -1) break;

    index = next;
  }

  if (digits >= minimumRunDigits) recordGroups(text, start, index, digits, runs);
  return index;
}

// Where the group after a group ending at `end` starts, or -1 when the run ends there.
function nextGroup(text: string, end: number): number {
  let gap = end;
  while (gap - end < 2 && isSeparator(text.charCodeAt(gap))) gap++;
  return gap !== end && isDigit(text.charCodeAt(gap)) ? gap : -1;
}

function recordGroups(text: string, start: number, end: number, digits: number, runs: NumberRuns) {
  let left = digits;
  for (let group = start; group !== -1;) {
    runs.groups.push(group);
    runs.digitsFrom.push(left);
    runs.runStart.push(start);
    runs.runEnd.push(end);
    while (isDigit(text.charCodeAt(group))) {
      group++;
      left--;
    }
    group = nextGroup(text, group);
  }
}
