import { useDeferredValue, useMemo } from 'react';

import { analyzePrompt, type PromptAnalysis } from '@/lib/coaching/analyzer';
import type { RoleId } from '@/lib/coaching/roles';
import { withPackTemplates } from '@/lib/coaching/templates';
import { builtInTemplates } from '@/lib/coaching/templates-data';
import { builtInTips } from '@/lib/coaching/tips-data';
import { withPackTips } from '@/lib/coaching/tips-pack';
import { uiLanguage } from '@/lib/i18n';
import { useCoachSignals } from './use-coach-signals';
import { useNudges } from './use-nudges';
import { usePackCoaching } from './use-pack-coaching';

/** A prompt this short is still being started; nudging about it would be nagging. */
const wordsBeforeWritingNudge = 6;

function analyse(text: string, role: RoleId): PromptAnalysis | undefined {
  return text.trim() ? analyzePrompt(text, { role }) : undefined;
}

/** Everything the coach tab shows, derived from the tab's signals, the role and the pack. */
export function useCoach(role: RoleId, tool: string, tabId: number | undefined) {
  const signals = useCoachSignals(tabId);
  const pack = usePackCoaching();
  const text = useDeferredValue(signals.text);

  const tips = useMemo(() => withPackTips(builtInTips, pack), [pack]);
  const templates = useMemo(() => withPackTemplates(builtInTemplates, pack), [pack]);
  const analysis = useMemo(() => analyse(text, role), [text, role]);
  const lastAnalysis = useMemo(() => analyse(signals.lastPrompt, role), [signals.lastPrompt, role]);

  const wordCount = text.trim().split(/\s+/).filter(Boolean).length;
  const nudgeContext = { role, tool, language: uiLanguage(), tips, pack };
  const nudges = useNudges(
    { ...nudgeContext, analysis: analysis ?? lastAnalysis },
    { tabId, writing: wordCount >= wordsBeforeWritingNudge, ...signals },
  );

  return { text: signals.text, pack, tips, templates, analysis, nudges };
}
