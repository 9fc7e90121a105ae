// One pass over the text finds every place a number-shaped value can start, so the
// number validators run a sticky pattern at a few hundred places instead of scanning the
// whole text each. A run is digit groups joined by at most two of ` .-/()` (`+31 (0)6-12`).

/**
 * The digit groups of every run holding at least four digits (no detector needs fewer), as
 * parallel arrays of which the first `count` entries are used: where the group starts, how
 * many digits are left from there to the end of its run (a value needing twelve digits is
 * never tried at a group with five), and the run's bounds.
 */
export interface NumberRuns {
  count: number;
  groups: Int32Array;
  digitsFrom: Int32Array;
  runStart: Int32Array;
  runEnd: Int32Array;
}

const minimumRunDigits = 4;

// Four digits joined as a run joins groups. Its leftmost match is always the start of a run
// long enough to record, so the engine skips text and short runs (`v2`, `12:30`) natively.
const longRunHead = /\d(?:[ .\-/()]{0,2}\d){3}/g;

/** Every run of digit groups in the text, in order. */
export function findNumberRuns(text: string): NumberRuns {
  // A MiB of prose holds ~30,000 groups; typed arrays grow by doubling, no per-group objects.
  const runs = emptyRuns(Math.max(64, text.length >> 5));
  longRunHead.lastIndex = 0;

  while (longRunHead.test(text)) {
    const start = headStart(text, longRunHead.lastIndex);
    longRunHead.lastIndex = addRun(text, start, runs);
  }

  return runs;
}

// `test` gives only where the head ends; it starts at the fourth digit counting back.
function headStart(text: string, end: number): number {
  let index = end;
  for (let digits = 0; digits < 4;) {
    const code = text.charCodeAt(--index);
    if (code >= 48 && code <= 57) digits++;
  }

  return index;
}

function emptyRuns(capacity: number): NumberRuns {
  return {
    count: 0,
    groups: new Int32Array(capacity),
    digitsFrom: new Int32Array(capacity),
    runStart: new Int32Array(capacity),
    runEnd: new Int32Array(capacity),
  };
}

// Reads one run from `start` and returns its end; records its groups only when it holds
// enough digits (the head guarantees it; kept so the rule stays in one place).
function addRun(text: string, start: number, runs: NumberRuns): number {
  let digits = 0;
  let index = start;

  for (;;) {
    let code = text.charCodeAt(index);
    while (code >= 48 && code <= 57) {
      digits++;
      code = text.charCodeAt(++index);
    }

    const next = nextGroup(text, index);
    if (next === -1) break;

    index = next;
  }

  if (digits >= minimumRunDigits) recordGroups(text, start, index, digits, runs);
  return index;
}

// space . - / ( ); NaN past the end is none of them.
const isSeparator = (code: number) =>
  code === 32 || code === 46 || code === 45 || code === 47 || code === 40 || code === 41;

// Where the group after a group ending at `end` starts, or -1 when the run ends there.
function nextGroup(text: string, end: number): number {
  if (!isSeparator(text.charCodeAt(end))) return -1;

  const gap = isSeparator(text.charCodeAt(end + 1)) ? end + 2 : end + 1;
  const code = text.charCodeAt(gap);
  return code >= 48 && code <= 57 ? gap : -1;
}

function recordGroups(text: string, start: number, end: number, digits: number, runs: NumberRuns) {
  let left = digits;

  for (let group = start; group !== -1;) {
    if (runs.count === runs.groups.length) grow(runs);

    const slot = runs.count++;
    runs.groups[slot] = group;
    runs.digitsFrom[slot] = left;
    runs.runStart[slot] = start;
    runs.runEnd[slot] = end;

    let code = text.charCodeAt(group);
    while (code >= 48 && code <= 57) {
      left--;
      code = text.charCodeAt(++group);
    }
    group = nextGroup(text, group);
  }
}

function grow(runs: NumberRuns) {
  const copy = (values: Int32Array) => {
    const larger = new Int32Array(values.length * 2);
    larger.set(values);
    return larger;
  };

  runs.groups = copy(runs.groups);
  runs.digitsFrom = copy(runs.digitsFrom);
  runs.runStart = copy(runs.runStart);
  runs.runEnd = copy(runs.runEnd);
}
