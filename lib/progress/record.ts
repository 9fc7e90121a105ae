import { analyzePrompt, type PromptAnalysis } from '../coaching/analyzer';
import type { RoleId } from '../coaching/roles';
import { scanText } from '../detectors';
import type { MessageOf } from '../messages';
import type { GuardOutcome } from './evidence';
import type { PasteEvent, ScoredSubmitEvent, UnscoredSubmitEvent } from './event';
import { createEvent, countByCategory } from './events';
import type { FindingCounts } from './fields';
import { guardOf, outcomeFromCounts } from './outcome';

/** Verification techniques of the analyzer that ask the AI to back up its answer. */
const verifyingTechniques = new Set(['sources', 'self-check']);

/** Does the prompt ask the AI to check its answer or to give sources? */
export function asksForVerification(analysis: PromptAnalysis): boolean {
  return analysis.techniques.some((technique) => verifyingTechniques.has(technique));
}

/**
 * A paste (or, from an older content script, a prompt) reported as counts: its outcome
 * follows from the findings until the sender reports the guard's decision itself.
 */
export function buildCountedEvent(
  message: MessageOf<'record-event'>,
  role: RoleId,
  time: number,
  outcome: GuardOutcome = outcomeFromCounts(message.findingCounts),
): PasteEvent | UnscoredSubmitEvent {
  const { kind, tool, findingCounts, promptLength } = message;
  const event = { kind, time, tool, role, findingCounts, promptLength };

  const stored = { ...event, ...guardOf(outcome, findingCounts) } as
    PasteEvent | UnscoredSubmitEvent;

  return createEvent(stored) as PasteEvent | UnscoredSubmitEvent;
}

/**
 * The stored record of a submitted prompt: the analyzer's measures and the finding counts.
 * The text is read here and dropped; the strict schema refuses it if it ever slipped in.
 */
export function buildSubmitEvent(
  message: MessageOf<'prompt-submitted'>,
  role: RoleId,
  time: number,
): ScoredSubmitEvent {
  const analysis = analyzePrompt(message.text, { role });
  const findingCounts: FindingCounts = countByCategory(scanText(message.text));

  return createEvent({
    kind: 'submit',
    time,
    tool: message.tool,
    role,
    ...guardOf(message.outcome, findingCounts),
    score: Math.round(analysis.score),
    dimensions: dimensionValues(analysis),
    techniques: [...new Set(analysis.techniques)].slice(0, 16),
    taskKind: analysis.taskKind,
    conversationId: message.conversationId,
    followsAnswer: message.followsAnswer,
    asksVerification: asksForVerification(analysis),
    ...templateOf(message.templateId),
    findingCounts,
    promptLength: message.text.length,
  }) as ScoredSubmitEvent;
}

function dimensionValues(analysis: PromptAnalysis): ScoredSubmitEvent['dimensions'] {
  const entries = Object.entries(analysis.dimensions).map(([id, result]) => [id, result.value]);
  return Object.fromEntries(entries) as ScoredSubmitEvent['dimensions'];
}

// A template id that is not a plain id (a pack typo) is left out rather than losing the event.
function templateOf(templateId: string | undefined): { templateId?: string } {
  return templateId && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(templateId) ? { templateId } : {};
}
