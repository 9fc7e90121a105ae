import type { RoleId } from '../coaching/roles';
import { log } from '../log';
import type {
  PackChallenge as SchemaChallenge,
  PackLesson,
  PackTemplate as SchemaTemplate,
  PackText,
  PolicyPack,
} from '../policy/pack-schema';
import { packInForceItem, readRole } from '../storage';
import type { Lesson, LocalisedText } from './lessons';

/*
 * The pack in force is stored by the policy engine (`packInForceItem`), checked against
 * the pack schema (lib/policy/pack-schema.ts) before it was stored. Progress reads its
 * `team.lessons`, `team.challenges` and `team.templates` in exactly that shape, and still
 * defensively: the item may not exist yet, and a lesson without its check is not evidence.
 */

/** A team challenge, its texts in both languages: do `count` of `kind` each period. */
export interface PackChallenge extends Omit<SchemaChallenge, 'title' | 'description'> {
  title: LocalisedText;
  description: LocalisedText;
}

export interface PackTemplate {
  id: string;
  name: LocalisedText;
}

export interface PackContent {
  lessons: Lesson[];
  challenges: PackChallenge[];
  templates: PackTemplate[];
}

export const emptyPackContent: PackContent = { lessons: [], challenges: [], templates: [] };

type Team = NonNullable<PolicyPack['team']>;

function localised(text: PackText): LocalisedText {
  return { en: text.en, nl: text.nl ?? text.en };
}

const paragraphsOf = (body: PackText): LocalisedText[] => {
  const english = body.en.split(/\n\s*\n/);
  const dutch = (body.nl ?? body.en).split(/\n\s*\n/);

  // A translation split differently is shown whole rather than paired wrongly.
  if (english.length !== dutch.length) return [localised(body)];
  return english.map((en, index) => ({ en, nl: dutch[index]! }));
};

/** A pack lesson the panel can play: only one that ends in its three-question check. */
function toLesson(lesson: PackLesson): Lesson[] {
  const check = lesson.check ?? [];
  const fits = check.length === 3 && check.every((item) => item.answer < item.options.length);
  if (!fits) return [];

  return [
    {
      id: lesson.id,
      source: 'organisation',
      title: localised(lesson.title),
      minutes: 2,
      paragraphs: paragraphsOf(lesson.body),
      check: check.map((item) => ({
        question: localised(item.question),
        options: item.options.map(localised),
        answer: item.answer,
      })),
    },
  ];
}

function toChallenge(challenge: SchemaChallenge): PackChallenge {
  return {
    ...challenge,
    title: localised(challenge.title),
    description: localised(challenge.description),
  };
}

function toTemplate(template: SchemaTemplate): PackTemplate {
  return { id: template.id, name: localised(template.title) };
}

const listOf = <T>(list: readonly T[] | undefined): readonly T[] =>
  Array.isArray(list) ? list : [];

/** Whether content with these `roles` is meant for `role`: none listed, or `*`, is everyone. */
function isForRole(roles: readonly string[] | undefined, role: RoleId | undefined): boolean {
  if (!role || !roles || roles.length === 0) return true;

  return roles.includes('*') || roles.includes(role);
}

/**
 * The progress content of a pack in force as stored, for the user's role when given;
 * anything missing reads as none.
 */
export function readPackContent(stored: unknown, role?: RoleId): PackContent {
  const pack = (stored as { pack?: PolicyPack } | null)?.pack;
  const team: Team | undefined = pack?.team;
  if (!team) return emptyPackContent;

  const forRole = <T extends { roles?: readonly string[] }>(list: readonly T[] | undefined) =>
    listOf(list).filter((item) => isForRole(item.roles, role));

  return {
    lessons: forRole(team.lessons).flatMap(toLesson),
    challenges: forRole(team.challenges).map(toChallenge),
    templates: forRole(team.templates).map(toTemplate),
  };
}

/** Reads the pack in force from extension storage; no pack (yet) means no extra content. */
export async function loadPackContent(): Promise<PackContent> {
  try {
    const [stored, role] = await Promise.all([packInForceItem.getValue(), readRole()]);
    return readPackContent(stored, role);
  } catch (error) {
    log.warn('pack content not read:', error as Error);
    return emptyPackContent;
  }
}
