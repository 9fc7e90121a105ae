import type { TaskKind } from '../roles';
import { isAsk, rateTaskClarity } from './ask';
import { findAntiPatterns } from './anti-patterns';
import { rateContext, ratePersona } from './context';
import { detectLanguage } from './language';
import { scorePrompt } from './score';
import { rateConstraints, rateOutputFormat } from './shape';
import { suggestImprovements } from './suggestions';
import { rateDecomposition, rateExamples, rateVerification } from './support';
import { recogniseTaskKind } from './task-kind';
import { readPrompt } from './text';
import {
  dimensionIds,
  type AnalyzeOptions,
  type DimensionFinding,
  type DimensionId,
  type DimensionResult,
  type PromptAnalysis,
} from './types';

export * from './types';
export { detectLanguage } from './language';
export { dimensionWeights } from './score';

/**
 * Scores a prompt from 0 to 100 on the rubric's dimensions, names its anti-patterns and
 * proposes next steps phrased for the user's role and task. Pure and synchronous: it runs
 * as the user types in the side panel and in Node for the `coach` command.
 */
export function analyzePrompt(text: string, options: AnalyzeOptions): PromptAnalysis {
  const prompt = readPrompt(text);
  const language = options.lang ?? detectLanguage(prompt.words);
  const askSentences = prompt.sentences.filter(isAsk);
  const taskKind: TaskKind = options.taskKind ?? recogniseTaskKind(prompt.prose, askSentences);

  const findings: Record<DimensionId, DimensionFinding> = {
    task_clarity: rateTaskClarity(prompt, askSentences),
    context_audience: rateContext(prompt),
    role_persona: ratePersona(prompt),
    output_format: rateOutputFormat(prompt),
    constraints: rateConstraints(prompt),
    examples: rateExamples(prompt),
    decomposition: rateDecomposition(prompt, askSentences),
    verification: rateVerification(prompt),
  };

  const antiPatterns = findAntiPatterns(prompt, askSentences);
  const values = mapDimensions((id) => findings[id].value);

  return {
    score: scorePrompt(values, antiPatterns),
    language,
    taskKind,
    dimensions: mapDimensions((id) => toResult(findings[id], language)),
    antiPatterns,
    techniques: dimensionIds.flatMap((id) => findings[id].techniques),
    suggestions: suggestImprovements({
      values,
      antiPatterns,
      role: options.role,
      taskKind,
      language,
    }),
  };
}

function mapDimensions<T>(read: (id: DimensionId) => T): Record<DimensionId, T> {
  return Object.fromEntries(dimensionIds.map((id) => [id, read(id)])) as Record<DimensionId, T>;
}

function toResult(
  finding: DimensionFinding,
  language: PromptAnalysis['language'],
): DimensionResult {
  return { value: Math.round(finding.value * 100) / 100, reason: finding.reason[language] };
}
