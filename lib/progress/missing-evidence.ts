import { skillLabels, type SkillId } from './skill-ids';
import { ranges, thresholds, type SustainRule } from './thresholds';

export interface LocalisedText {
  en: string;
  nl: string;
}

/** What a missing item is about: a skill, practice over the weeks, or the security hold. */
export type MissingTopic = SkillId | 'regular-practice' | 'clean-weeks';

export interface MissingEvidence {
  skill: MissingTopic;
  message: LocalisedText;
}

/** A skill below what the level asks, or with too little evidence to judge. */
export interface SkillGap {
  skill: SkillId;
  value: number;
  needed: number;
  evidence: number;
  minEvidence: number;
}

/** How a skill's value reads to a person: a score, a share or a count. */
const shown: Record<SkillId, (value: number) => string> = {
  'understanding-ai': percent,
  'safe-use': percent,
  'core-prompting': (value) => String(Math.round(value * 100)),
  'policy-alignment': percent,
  'role-specific-use': percent,
  templates: countOf(ranges.templateDays),
  'critical-thinking': percent,
  curiosity: percent,
  agency: countOf(ranges.techniques),
  'task-breadth': countOf(ranges.taskKinds),
  'tool-breadth': countOf(ranges.tools),
  workflows: percent,
  'everyday-use': countOf(ranges.workingDays),
};

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function countOf(range: number): (value: number) => string {
  return (value) => String(Math.round(value * range));
}

type Advice = (now: string, needed: string) => LocalisedText;

/** What to do, per skill: first steps when there is no evidence, else how far along. */
const advice: Record<SkillId, { first: LocalisedText; progress: Advice }> = {
  'understanding-ai': {
    first: {
      en: 'Take the foundation lessons and pass their checks.',
      nl: 'Volg de basislessen en haal de toetsen aan het eind.',
    },
    progress: (now, needed) => ({
      en: `Pass more foundation lesson checks or check AI answers more often: ${now}, ${needed} needed.`,
      nl: `Haal meer toetsen van de basislessen of controleer AI-antwoorden vaker: ${now}, nodig ${needed}.`,
    }),
  },
  'safe-use': {
    first: {
      en: 'Use AI for real work; Ascent counts how often what you paste and send is clean.',
      nl: 'Gebruik AI voor echt werk; Ascent telt hoe vaak wat je plakt en verstuurt schoon is.',
    },
    progress: (now, needed) => ({
      en: `Keep sensitive data out of what you paste and send: ${now} clean now, ${needed} needed.`,
      nl: `Houd gevoelige gegevens buiten wat je plakt en verstuurt: nu ${now} schoon, nodig ${needed}.`,
    }),
  },
  'core-prompting': {
    first: {
      en: 'Write a few prompts that state the task, the context and the result you want.',
      nl: 'Schrijf een paar prompts met de taak, de context en het resultaat dat je wilt.',
    },
    progress: (now, needed) => ({
      en: `Raise your prompt scores: median ${now} now, ${needed} needed.`,
      nl: `Verhoog je promptscores: mediaan nu ${now}, nodig ${needed}.`,
    }),
  },
  'policy-alignment': {
    first: {
      en: 'Work in the AI tools your organisation approves and follow its warnings.',
      nl: 'Werk in de AI-tools die je organisatie toestaat en volg de waarschuwingen.',
    },
    progress: (now, needed) => ({
      en: `Stay within your organisation's rules, without blocked pastes or overrides: ${now} now, ${needed} needed.`,
      nl: `Blijf binnen de regels van je organisatie, zonder geblokkeerd plakken of negeren: nu ${now}, nodig ${needed}.`,
    }),
  },
  'role-specific-use': {
    first: {
      en: 'Choose your role in Ascent so tips and scores fit your work.',
      nl: 'Kies je rol in Ascent, zodat tips en scores bij je werk passen.',
    },
    progress: (now, needed) => ({
      en: `Work with your role chosen: ${now} of prompts now, ${needed} needed.`,
      nl: `Werk met je rol ingesteld: nu ${now} van je prompts, nodig ${needed}.`,
    }),
  },
  templates: {
    first: {
      en: "Try one of your organisation's prompt templates.",
      nl: 'Probeer een van de promptsjablonen van je organisatie.',
    },
    progress: (now, needed) => ({
      en: `Use templates on more days: ${now} recently, ${needed} needed.`,
      nl: `Gebruik vaker sjablonen: recent op ${now} dagen, nodig ${needed}.`,
    }),
  },
  'critical-thinking': {
    first: {
      en: 'After an answer, ask the AI for its sources or to check its work.',
      nl: 'Vraag na een antwoord de AI om bronnen of om het werk te controleren.',
    },
    progress: (now, needed) => ({
      en: `Ask for sources or a check in more conversations: ${now} now, ${needed} needed.`,
      nl: `Vraag in meer gesprekken om bronnen of controle: nu ${now}, nodig ${needed}.`,
    }),
  },
  curiosity: {
    first: {
      en: 'Follow up on answers: refine them, ask for alternatives, question them.',
      nl: 'Ga door op antwoorden: verfijn ze, vraag om alternatieven, stel ze ter discussie.',
    },
    progress: (now, needed) => ({
      en: `Follow up on answers in more conversations: ${now} now, ${needed} needed.`,
      nl: `Ga in meer gesprekken door op antwoorden: nu ${now}, nodig ${needed}.`,
    }),
  },
  agency: {
    first: {
      en: 'Steer the AI with techniques: examples, constraints, an output format, steps.',
      nl: 'Stuur de AI met technieken: voorbeelden, randvoorwaarden, een vorm, stappen.',
    },
    progress: (now, needed) => ({
      en: `Use more prompting techniques: ${now} now, ${needed} needed.`,
      nl: `Gebruik meer prompttechnieken: nu ${now}, nodig ${needed}.`,
    }),
  },
  'task-breadth': {
    first: {
      en: 'Use AI for different kinds of work: writing, analysis, deciding and more.',
      nl: 'Gebruik AI voor verschillende soorten werk: schrijven, analyseren, beslissen en meer.',
    },
    progress: (now, needed) => ({
      en: `Use AI for more kinds of tasks: ${now} now, ${needed} needed.`,
      nl: `Gebruik AI voor meer soorten taken: nu ${now}, nodig ${needed}.`,
    }),
  },
  'tool-breadth': {
    first: {
      en: 'Try another AI tool your organisation approves.',
      nl: 'Probeer een andere AI-tool die je organisatie toestaat.',
    },
    progress: (now, needed) => ({
      en: `Work in more approved AI tools: ${now} now, ${needed} needed.`,
      nl: `Werk in meer toegestane AI-tools: nu ${now}, nodig ${needed}.`,
    }),
  },
  workflows: {
    first: {
      en: 'Build templates into your routine for the work you repeat.',
      nl: 'Maak sjablonen onderdeel van je routine voor werk dat terugkomt.',
    },
    progress: (now, needed) => ({
      en: `Use templates in more of your working weeks: ${now} now, ${needed} needed.`,
      nl: `Gebruik sjablonen in meer van je werkweken: nu ${now}, nodig ${needed}.`,
    }),
  },
  'everyday-use': {
    first: {
      en: 'Make AI part of most working days.',
      nl: 'Maak AI onderdeel van de meeste werkdagen.',
    },
    progress: (now, needed) => ({
      en: `Use AI on more working days a week: ${now} now, ${needed} needed.`,
      nl: `Gebruik AI op meer werkdagen per week: nu ${now}, nodig ${needed}.`,
    }),
  },
};

/** The message for a skill gap: first steps, how far along, or that more evidence is due. */
export function describeSkillGap(gap: SkillGap): MissingEvidence {
  const format = shown[gap.skill];
  const skillAdvice = advice[gap.skill];

  if (gap.value >= gap.needed) {
    return { skill: gap.skill, message: moreEvidence(gap) };
  }

  if (gap.evidence === 0) return { skill: gap.skill, message: skillAdvice.first };

  return { skill: gap.skill, message: skillAdvice.progress(format(gap.value), format(gap.needed)) };
}

// The value looks fine but rests on too little: say so rather than praise or blame it.
function moreEvidence({ skill, evidence, minEvidence }: SkillGap): LocalisedText {
  const label = skillLabels[skill];

  return {
    en: `Keep going: ${evidence} of the ${minEvidence} examples needed to judge ${label.en}.`,
    nl: `Ga zo door: ${evidence} van de ${minEvidence} voorbeelden nodig om ${label.nl} te beoordelen.`,
  };
}

/** The message for practice that is not yet spread over enough weeks. */
export function describePracticeGap(rule: SustainRule, activeWeeks: number): MissingEvidence {
  const { activeDays, activeWeeks: needed, periodWeeks } = rule;

  return {
    skill: 'regular-practice',
    message: {
      en: `Use AI on ${activeDays}+ days a week in ${needed} of ${periodWeeks} weeks: ${activeWeeks} so far.`,
      nl: `Gebruik AI op ${activeDays}+ dagen per week in ${needed} van ${periodWeeks} weken: nu ${activeWeeks}.`,
    },
  };
}

/** The message while a security regression holds the learner at foundation. */
export function describeHold(cleanWeeks: number): MissingEvidence {
  const needed = thresholds.regression.cleanWeeks;

  return {
    skill: 'clean-weeks',
    message: {
      en: `Secrets were pasted repeatedly: work ${needed} active weeks without one (${cleanWeeks} so far).`,
      nl: `Er zijn herhaaldelijk geheimen geplakt: werk ${needed} actieve weken zonder (tot nu ${cleanWeeks}).`,
    },
  };
}
