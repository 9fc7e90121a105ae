import { analyzePrompt, type PromptAnalysis } from '../../../lib/coaching/analyzer';
import type { RoleId } from '../../../lib/coaching/roles';

/** Analyses a prompt for a role, `general` unless a test is about roles. */
export function analyze(text: string, role: RoleId = 'general'): PromptAnalysis {
  return analyzePrompt(text, { role });
}
