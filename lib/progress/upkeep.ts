import { log } from '../log';
import { rollupAfterDaysSetting } from '../storage';
import type { AscentDatabase } from './db';
import { foundationLessonIds } from './lessons';
import { rollUpWhenDue } from './rollup';

/** Shortest and longest roll-up periods a user may set: a month to five years. */
export const rollupDayLimits = { min: 30, max: 1825 } as const;

/** The configured roll-up period, kept within limits whatever storage holds. */
export async function readRollupAfterDays(): Promise<number> {
  const days = await rollupAfterDaysSetting.getValue();
  if (!Number.isFinite(days)) return 180;

  return Math.min(rollupDayLimits.max, Math.max(rollupDayLimits.min, Math.round(days)));
}

/** Rolls old events up when due; failures are logged, never thrown at the recorder. */
export async function keepProgressSmall(database: AscentDatabase, now: number): Promise<void> {
  try {
    const afterDays = await readRollupAfterDays();
    const rolled = await rollUpWhenDue(database, { now, afterDays, lessons: foundationLessonIds });
    if (rolled > 0) log.debug('rolled up old events:', rolled);
  } catch (error) {
    log.error('roll-up failed:', error as Error);
  }
}
