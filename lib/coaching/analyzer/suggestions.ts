import type { RoleId, TaskKind } from '../roles';
import { rolePhrases, type RolePhrases } from './role-phrases';
import { dimensionWeights } from './score';
import type { AntiPatternId, DimensionId, Language, Suggestion } from './types';

/** Below this a dimension counts as weak and gets a next step. */
const weakBelow = 0.45;

type Slots = RolePhrases & { thing: string; ask: string };
type Template = (slots: Slots) => string;

// What a non-writing task produces; writing takes the role's own deliverable.
const things: Record<Language, Record<Exclude<TaskKind, 'writing'>, string>> = {
  en: {
    summarising: 'the summary',
    coding: 'the code',
    analysis: 'the analysis',
    translating: 'the translation',
    brainstorming: 'the ideas',
    deciding: 'the recommendation',
    other: 'the answer',
  },
  nl: {
    summarising: 'de samenvatting',
    coding: 'de code',
    analysis: 'de analyse',
    translating: 'de vertaling',
    brainstorming: 'de ideeën',
    deciding: 'het advies',
    other: 'het antwoord',
  },
};

// An example ask per task kind, so the first suggestion shows the shape of a good ask.
const asks: Record<Language, Record<TaskKind, string>> = {
  en: {
    writing: 'Write a … for … about …, in … words',
    summarising: 'Summarise … for … in five bullet points',
    coding: 'Fix … so that …; keep the signature and add a test',
    analysis: 'Find why … changed between … and …, and show the figures',
    translating: 'Translate … into … for …, keeping … unchanged',
    brainstorming: 'Give me eight ideas for … aimed at …',
    deciding: 'Compare … and … on cost and risk, then recommend one',
    other: 'Tell me … so that I can …',
  },
  nl: {
    writing: 'Schrijf een … voor … over …, in … woorden',
    summarising: 'Vat … samen voor … in vijf punten',
    coding: 'Los … op zodat …; houd de signatuur gelijk en voeg een test toe',
    analysis: 'Zoek uit waarom … veranderde tussen … en …, met de cijfers erbij',
    translating: 'Vertaal … naar … voor …, en laat … ongewijzigd',
    brainstorming: 'Geef acht ideeën voor … gericht op …',
    deciding: 'Vergelijk … en … op kosten en risico, en raad er één aan',
    other: 'Vertel me … zodat ik …',
  },
};

const templates: Record<Language, Record<DimensionId, Template>> = {
  en: {
    task_clarity: (s) => `Start with the ask in one sentence, e.g. "${s.ask}".`,
    context_audience: (s) => `Say who ${s.thing} is for: ${s.audience}.`,
    role_persona: (s) => `Give the AI a role that fits, e.g. ${s.persona}.`,
    output_format: (s) => `Say what ${s.thing} should look like: ${s.format}.`,
    constraints: (s) => `Set the limits: ${s.constraints}.`,
    examples: (s) => `Show what you mean: paste ${s.examples}.`,
    decomposition: (s) => `Split the work into steps: ${s.steps}.`,
    verification: (s) => `Build in a check: ${s.verification}.`,
  },
  nl: {
    task_clarity: (s) => `Begin met de vraag in één zin, bijvoorbeeld: "${s.ask}".`,
    context_audience: (s) => `Zeg voor wie ${s.thing} is: ${s.audience}.`,
    role_persona: (s) => `Geef de AI een passende rol, bijvoorbeeld ${s.persona}.`,
    output_format: (s) => `Zeg hoe ${s.thing} eruit moet zien: ${s.format}.`,
    constraints: (s) => `Stel de grenzen: ${s.constraints}.`,
    examples: (s) => `Laat zien wat je bedoelt: plak ${s.examples}.`,
    decomposition: (s) => `Deel het werk op in stappen: ${s.steps}.`,
    verification: (s) => `Bouw een controle in: ${s.verification}.`,
  },
};

// An anti-pattern replaces its dimension's usual advice, because it is the first thing to fix.
const antiPatternAdvice: Record<
  Language,
  Record<AntiPatternId, { dimension: DimensionId; text: Template }>
> = {
  en: {
    no_ask: {
      dimension: 'task_clarity',
      text: (s) => `End with the instruction: what should the AI do with this? E.g. "${s.ask}".`,
    },
    vague_ask: {
      dimension: 'task_clarity',
      text: (s) => `Say what "better" means here, e.g. "${s.ask}".`,
    },
    contradictory_constraints: {
      dimension: 'constraints',
      text: () => 'Pick one: short or detailed, formal or casual; the AI cannot do both.',
    },
    repeated_text: {
      dimension: 'task_clarity',
      text: () => 'Say each thing once; repeating it does not make the ask clearer.',
    },
    filler_flattery: {
      dimension: 'context_audience',
      text: (s) => `Swap the compliments for facts the AI cannot know: ${s.audience}.`,
    },
    keyword_stuffing: {
      dimension: 'task_clarity',
      text: (s) => `Drop the buzzwords and name the subject instead, e.g. "${s.ask}".`,
    },
  },
  nl: {
    no_ask: {
      dimension: 'task_clarity',
      text: (s) => `Sluit af met de opdracht: wat moet de AI hiermee? Bijvoorbeeld: "${s.ask}".`,
    },
    vague_ask: {
      dimension: 'task_clarity',
      text: (s) => `Zeg wat "beter" hier betekent, bijvoorbeeld: "${s.ask}".`,
    },
    contradictory_constraints: {
      dimension: 'constraints',
      text: () => 'Kies één: kort of uitgebreid, formeel of informeel; allebei kan niet.',
    },
    repeated_text: {
      dimension: 'task_clarity',
      text: () => 'Zeg alles één keer; herhalen maakt de vraag niet duidelijker.',
    },
    filler_flattery: {
      dimension: 'context_audience',
      text: (s) => `Vervang de complimenten door feiten die de AI niet kent: ${s.audience}.`,
    },
    keyword_stuffing: {
      dimension: 'task_clarity',
      text: (s) => `Laat de modewoorden weg en noem het onderwerp, bijvoorbeeld: "${s.ask}".`,
    },
  },
};

export interface SuggestionInput {
  values: Record<DimensionId, number>;
  antiPatterns: readonly AntiPatternId[];
  role: RoleId;
  taskKind: TaskKind;
  language: Language;
}

/**
 * One next step per weak dimension, in the prompt's language and the role's terms: first
 * what the anti-patterns call for, then the weak dimensions that would gain the score most.
 */
export function suggestImprovements(input: SuggestionInput): Suggestion[] {
  const slots = fillSlots(input.role, input.taskKind, input.language);
  const suggestions: Suggestion[] = [];
  const covered = new Set<DimensionId>();

  for (const pattern of input.antiPatterns) {
    const advice = antiPatternAdvice[input.language][pattern];

    if (covered.has(advice.dimension)) continue;

    covered.add(advice.dimension);
    suggestions.push({ dimension: advice.dimension, text: advice.text(slots) });
  }

  for (const dimension of weakestFirst(input.values)) {
    if (covered.has(dimension)) continue;

    suggestions.push({ dimension, text: templates[input.language][dimension](slots) });
  }

  return suggestions;
}

function weakestFirst(values: Record<DimensionId, number>): DimensionId[] {
  const gain = (id: DimensionId) => dimensionWeights[id] * (1 - values[id]);

  return (Object.keys(values) as DimensionId[])
    .filter((id) => values[id] < weakBelow)
    .sort((a, b) => gain(b) - gain(a));
}

// TODO [2027-01-15]: role phrases vary by role only; the task kind changes just the noun and
// the example ask. Add per-task phrases where roles work differently (coding vs writing).
function fillSlots(role: RoleId, taskKind: TaskKind, language: Language): Slots {
  const phrases = rolePhrases[role][language];
  const thing = taskKind === 'writing' ? phrases.deliverable : things[language][taskKind];

  return { ...phrases, thing, ask: asks[language][taskKind] };
}
