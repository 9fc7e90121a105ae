import { useCallback, useEffect, useRef, useState } from 'react';

import {
  mayNudge,
  recordLessOfThis,
  recordShown,
  type NudgeMoment,
} from '@/lib/coaching/nudge-rules';
import { nudgeFor, type Nudge, type NudgeContext } from '@/lib/coaching/nudges';
import { log } from '@/lib/log';
import { nudgePreferencesSetting } from '@/lib/storage';

export interface NudgeTriggers {
  tabId: number | undefined;
  /** Is something being written right now? */
  writing: boolean;
  replies: number;
  copies: number;
}

/**
 * The nudge to show, if any: one per moment as the conversation reaches it, each through
 * the stored rate limits and "less of this" choices.
 */
export function useNudges(context: NudgeContext, triggers: NudgeTriggers) {
  const [nudge, setNudge] = useState<Nudge | null>(null);
  const contextRef = useRef(context);
  contextRef.current = context;

  const offer = useCallback(async (moment: NudgeMoment) => {
    const preferences = await nudgePreferencesSetting.getValue();
    const now = Date.now();
    if (!mayNudge(moment, preferences, now)) return;

    const next = nudgeFor(moment, contextRef.current);
    if (!next) return;

    setNudge(next);
    await nudgePreferencesSetting.setValue(recordShown(preferences, moment, now));
  }, []);

  const run = useCallback(
    (moment: NudgeMoment) =>
      void offer(moment).catch((error: Error) => log.warn('nudge failed:', moment, error)),
    [offer],
  );

  useEffect(() => {
    if (triggers.tabId !== undefined) run('first-prompt');
  }, [triggers.tabId, run]);

  const hasAnalysis = context.analysis !== undefined;
  useEffect(() => {
    if (triggers.writing && hasAnalysis) run('writing');
  }, [triggers.writing, hasAnalysis, run]);

  useEffect(() => {
    if (triggers.replies > 0) run('answer');
  }, [triggers.replies, run]);

  useEffect(() => {
    if (triggers.copies > 0) run('copy');
  }, [triggers.copies, run]);

  const dismiss = () => setNudge(null);

  const lessOfThis = async () => {
    if (!nudge) return;

    setNudge(null);
    const preferences = await nudgePreferencesSetting.getValue();
    await nudgePreferencesSetting.setValue(recordLessOfThis(preferences, nudge.moment));
  };

  return { nudge, dismiss, lessOfThis };
}
