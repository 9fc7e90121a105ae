import { resolveOverlaps, type Finding } from '../detectors';
import { decide, dropAllowedValues, scanForPolicy, type Decision } from '../policy/decide';
import type { EffectivePolicy } from '../policy/effective';

/** Texts above this size are held and scanned in slices (issue #5: 256 KB). */
export const largeTextLength = 256 * 1024;

const sliceLength = 24 * 1024;
/** Slices overlap so a value on a boundary (a private key block is ~3 KB) is seen whole. */
const sliceOverlap = 4 * 1024;

/** Does any rule of the policy block? Then a scan that fails must fail closed. */
export function policyCanBlock(policy: EffectivePolicy): boolean {
  const rules = [
    policy.fallback,
    ...Object.values(policy.types),
    ...Object.values(policy.categories),
  ];
  return (
    rules.some((rule) => rule?.action === 'block') ||
    policy.customPatterns.some((pattern) => pattern.action === 'block')
  );
}

/** Full decision for a text, including values marked "not sensitive" (asynchronous hash). */
export async function evaluateText(
  text: string,
  policy: EffectivePolicy,
  keep: (text: string, findings: Finding[]) => Finding[] = (_text, findings) => findings,
): Promise<Decision> {
  const findings = keep(text, scanForPolicy(text, policy));
  return decide(await dropAllowedValues(text, findings, policy), policy);
}

/** Lets the page run between slices: its main thread is never held for a whole scan. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Scans a large text slice by slice, yielding to the page between slices, so a 1 MB paste
 * never blocks the page for long. Findings carry offsets into the whole text.
 */
export async function scanInSlices(text: string, policy: EffectivePolicy): Promise<Finding[]> {
  const found: Finding[] = [];
  for (let start = 0; start < text.length; start += sliceLength) {
    const from = Math.max(0, start - sliceOverlap);
    const slice = text.slice(from, start + sliceLength);
    for (const finding of scanForPolicy(slice, policy)) {
      found.push({ ...finding, start: finding.start + from, end: finding.end + from });
    }

    await yieldToPage();
  }

  const unique = new Map(found.map((finding) => [`${finding.start}:${finding.end}`, finding]));
  return resolveOverlaps([...unique.values()]);
}

/** The decision for a large text, scanned in slices. */
export async function evaluateLargeText(text: string, policy: EffectivePolicy): Promise<Decision> {
  const findings = await scanInSlices(text, policy);
  return decide(await dropAllowedValues(text, findings, policy), policy);
}
