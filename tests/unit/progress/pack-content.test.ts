import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { RoleId } from '@/lib/coaching/roles';
import { packSchema } from '@/lib/policy/pack-schema';
import { challengeProgress } from '@/lib/progress/challenges';
import { readPackContent } from '@/lib/progress/pack-content';

const pack = packSchema.parse(
  JSON.parse(readFileSync('public/packs/financial-services.json', 'utf8')),
);

type Team = NonNullable<typeof pack.team>;

const lessonOf = (team: Team) => team.lessons!.find(({ id }) => id === 'customer-data-in-ai')!;

describe('reading the pack in force', () => {
  it('plays an organisation lesson that ends in its three-question check, and no other', () => {
    const { lessons } = readPackContent({ pack });

    expect(lessons.map((lesson) => lesson.id)).toEqual(['customer-data-in-ai']);
    expect(lessons[0]).toMatchObject({ source: 'organisation', minutes: 2 });
    expect(lessons[0]!.check).toHaveLength(3);
    expect(lessons[0]!.paragraphs).toHaveLength(3);
    expect(lessons[0]!.check[0]!.question.nl).toContain('klant');
  });

  it('counts template uses towards "use the data-analysis template three times"', () => {
    const { challenges } = readPackContent({ pack });
    const now = new Date(2026, 10, 25, 12).getTime();
    const use = (templateId: string, hoursAgo: number) => ({
      kind: 'template-use' as const,
      time: now - hoursAgo * 3_600_000,
      tool: 'chatgpt',
      templateId,
    });

    const progress = challengeProgress(
      challenges,
      [use('data-analysis', 1), use('data-analysis', 2), use('policy-summary', 3)],
      now,
    );

    expect(progress.map(({ challenge, done }) => [challenge.id, done])).toEqual([
      ['verify-three-claims', 0],
      ['data-analysis-three-times', 2],
    ]);
  });

  it("offers only the lessons and challenges meant for the user's role", () => {
    const team = structuredClone(pack.team!);
    lessonOf(team).roles = ['sales'];
    team.challenges![0]!.roles = ['data-analyst', 'finance'];
    team.challenges![1]!.roles = [];
    const stored = { pack: { ...pack, team } };

    const ids = (role: RoleId) => {
      const content = readPackContent(stored, role);
      return [...content.lessons, ...content.challenges].map((item) => item.id);
    };

    expect(ids('sales')).toEqual(['customer-data-in-ai', 'data-analysis-three-times']);
    expect(ids('finance')).toEqual(['verify-three-claims', 'data-analysis-three-times']);
  });

  it("treats '*' as every role", () => {
    const team = structuredClone(pack.team!);
    lessonOf(team).roles = ['*' as RoleId];
    const { lessons } = readPackContent({ pack: { ...pack, team } }, 'hr');

    expect(lessons.map((lesson) => lesson.id)).toEqual(['customer-data-in-ai']);
  });

  it('reads no content from a missing pack', () => {
    expect(readPackContent(null)).toEqual({ lessons: [], challenges: [], templates: [] });
  });
});
