import type { PromptAnalysis } from './analyzer';
import { packText, type PackCoaching } from './pack-coaching';
import type { NudgeMoment } from './nudge-rules';
import type { RoleId, TaskKind } from './roles';
import { selectTips, type Language, type Tip } from './tips';

/** One nudge ready to show; `id` says which advice it is, for "less of this" and tests. */
export interface Nudge {
  moment: NudgeMoment;
  id: string;
  lines: string[];
}

export interface NudgeContext {
  role: RoleId;
  tool: string;
  language: Language;
  tips: readonly Tip[];
  pack: PackCoaching;
  /** The latest live analysis of the composer, when there is one. */
  analysis?: PromptAnalysis;
}

/** Below this score a prompt being written earns its weakest dimension's next step. */
const writingNudgeBelow = 60;

/** Tasks whose answers hold facts or judgements worth checking before use. */
const checkWorthy: readonly TaskKind[] = ['analysis', 'summarising', 'deciding', 'coding', 'other'];

const answerAdvice: Record<'facts' | 'code', Record<Language, string>> = {
  facts: {
    en: 'Before you use this answer: check one figure or claim against a source, or ask the AI for its sources and how sure it is.',
    nl: 'Voordat je dit antwoord gebruikt: controleer één cijfer of bewering tegen een bron, of vraag de AI naar bronnen en hoe zeker hij is.',
  },
  code: {
    en: 'Before you use this code: run it with a test, and ask which inputs would break it.',
    nl: 'Voordat je deze code gebruikt: draai hem met een test en vraag bij welke invoer hij breekt.',
  },
};

const copyAdvice: Record<Language, string> = {
  en: 'You copied an AI answer: read it once more for facts you have not checked.',
  nl: 'Je kopieerde een AI-antwoord: lees het nog eens na op feiten die je niet hebt gecontroleerd.',
};

function firstPromptNudge(context: NudgeContext): Nudge | null {
  const [tip] = selectTips({ role: context.role, tool: context.tool, count: 1 }, context.tips);
  return tip ? { moment: 'first-prompt', id: tip.id, lines: [tip.text[context.language]] } : null;
}

function writingNudge({ analysis }: NudgeContext): Nudge | null {
  const suggestion = analysis?.suggestions[0];
  if (!analysis || !suggestion || analysis.score >= writingNudgeBelow) return null;

  return { moment: 'writing', id: suggestion.dimension, lines: [suggestion.text] };
}

/** A critical-thinking nudge, unless the task needs none or the prompt already asked. */
function answerNudge({ analysis, language }: NudgeContext): Nudge | null {
  if (!analysis || !checkWorthy.includes(analysis.taskKind)) return null;
  if (analysis.dimensions.verification.value >= 0.5) return null;

  const kind = analysis.taskKind === 'coding' ? 'code' : 'facts';
  return { moment: 'answer', id: `answer-${kind}`, lines: [answerAdvice[kind][language]] };
}

/** Disclosure texts of the pack that apply to this role and tool. */
export function disclosureLines(context: NudgeContext): string[] {
  return context.pack.disclosure
    .filter((rule) => !rule.roles?.length || rule.roles.includes(context.role))
    .filter((rule) => !rule.tools?.length || rule.tools.includes(context.tool))
    .map((rule) => packText(rule.text, context.language));
}

function copyNudge(context: NudgeContext): Nudge {
  const lines = [copyAdvice[context.language], ...disclosureLines(context)];
  return { moment: 'copy', id: lines.length > 1 ? 'copy-disclose' : 'copy-verify', lines };
}

/** The nudge a moment calls for, or null when it has nothing useful to say. */
export function nudgeFor(moment: NudgeMoment, context: NudgeContext): Nudge | null {
  switch (moment) {
    case 'first-prompt':
      return firstPromptNudge(context);
    case 'writing':
      return writingNudge(context);
    case 'answer':
      return answerNudge(context);
    case 'copy':
      return copyNudge(context);
  }
}
