import { libraryTips } from './tip-library';
import type { Tip } from './tips';

type TipSeed = Omit<Tip, 'roles' | 'tools' | 'taskKinds'> & Partial<Tip>;

const tip = (seed: TipSeed): Tip => ({ roles: [], tools: [], taskKinds: [], ...seed });

/** Built-in tips. Role tips come first, then tool tips, then tips for anyone. */
export const builtInTips: Tip[] = [
  tip({
    id: 'general-task-first',
    level: 'foundation',
    roles: ['general'],
    text: {
      en: 'Start with the task in one sentence, then add the context the AI cannot know.',
      nl: 'Begin met de taak in één zin en geef daarna de context die de AI niet kan weten.',
    },
  }),
  tip({
    id: 'general-format',
    level: 'foundation',
    roles: ['general'],
    text: {
      en: 'Say what the answer should look like: a list, a table, an e-mail of five lines.',
      nl: 'Zeg hoe het antwoord eruit moet zien: een lijst, een tabel, een mail van vijf regels.',
    },
  }),
  tip({
    id: 'engineer-no-secrets',
    level: 'foundation',
    roles: ['software-engineer'],
    text: {
      en: 'Strip keys, tokens and connection strings from code and logs before you paste them.',
      nl: 'Haal sleutels, tokens en connection strings uit code en logs voordat je ze plakt.',
    },
  }),
  tip({
    id: 'engineer-constraints',
    level: 'foundation',
    roles: ['software-engineer'],
    taskKinds: ['coding'],
    text: {
      en: 'Name the language version, framework and constraints, and ask for tests with the code.',
      nl: 'Noem taalversie, framework en beperkingen, en vraag om tests bij de code.',
    },
  }),
  tip({
    id: 'analyst-schema',
    level: 'foundation',
    roles: ['data-analyst'],
    text: {
      en: 'Describe the columns and a few made-up rows instead of pasting real records.',
      nl: 'Beschrijf de kolommen en een paar verzonnen rijen in plaats van echte records te plakken.',
    },
  }),
  tip({
    id: 'analyst-verify',
    level: 'durable-skills',
    roles: ['data-analyst'],
    taskKinds: ['analysis'],
    text: {
      en: 'Ask how each figure was computed, and check one of them yourself.',
      nl: 'Vraag hoe elk getal berekend is en controleer er zelf minstens één.',
    },
  }),
  tip({
    id: 'support-anonymise',
    level: 'foundation',
    roles: ['customer-support'],
    text: {
      en: "Replace the customer's name, e-mail and order number with placeholders before pasting a ticket.",
      nl: 'Vervang naam, e-mailadres en ordernummer van de klant door placeholders voordat je een ticket plakt.',
    },
  }),
  tip({
    id: 'support-tone',
    level: 'foundation',
    roles: ['customer-support'],
    taskKinds: ['writing'],
    text: {
      en: 'Give the tone and the outcome you want: "calm, apologetic, offer a replacement".',
      nl: 'Geef de toon en de uitkomst die je wilt: "rustig, excuses, bied vervanging aan".',
    },
  }),
  tip({
    id: 'sales-audience',
    level: 'foundation',
    roles: ['sales'],
    text: {
      en: "Describe the prospect's industry and problem, not their name or contract figures.",
      nl: 'Beschrijf de branche en het probleem van de prospect, niet de naam of contractbedragen.',
    },
  }),
  tip({
    id: 'sales-variants',
    level: 'durable-skills',
    roles: ['sales'],
    text: {
      en: 'Ask for three openings with different angles and pick the one that sounds like you.',
      nl: 'Vraag om drie openingen vanuit verschillende invalshoeken en kies wat bij jou past.',
    },
  }),
  tip({
    id: 'marketing-audience',
    level: 'foundation',
    roles: ['marketing'],
    text: {
      en: 'Say who the piece is for and what they already know, then the one message to land.',
      nl: 'Zeg voor wie het stuk is en wat die al weet, en dan de ene boodschap die moet landen.',
    },
  }),
  tip({
    id: 'marketing-claims',
    level: 'durable-skills',
    roles: ['marketing'],
    text: {
      en: 'Check every claim and statistic the AI adds; ask it to mark what needs a source.',
      nl: 'Controleer elke bewering en elk cijfer dat de AI toevoegt; laat aangeven wat een bron nodig heeft.',
    },
  }),
  tip({
    id: 'hr-personal-data',
    level: 'foundation',
    roles: ['hr'],
    text: {
      en: 'Never paste names, salaries or health details of employees; describe the situation instead.',
      nl: 'Plak nooit namen, salarissen of gezondheidsgegevens van medewerkers; beschrijf de situatie.',
    },
  }),
  tip({
    id: 'hr-fairness',
    level: 'durable-skills',
    roles: ['hr'],
    text: {
      en: 'Ask the AI to check a vacancy or review text for biased wording, then judge it yourself.',
      nl: 'Laat de AI een vacature- of beoordelingstekst op vooringenomen taal controleren en oordeel zelf.',
    },
  }),
  tip({
    id: 'legal-confidential',
    level: 'foundation',
    roles: ['legal'],
    text: {
      en: 'Keep privileged and confidential documents out; work with anonymised clauses.',
      nl: 'Houd vertrouwelijke en geprivilegieerde stukken buiten de chat; werk met geanonimiseerde clausules.',
    },
  }),
  tip({
    id: 'legal-sources',
    level: 'durable-skills',
    roles: ['legal'],
    text: {
      en: 'Ask for the article or case behind each statement, and verify it in the source itself.',
      nl: 'Vraag naar het artikel of de uitspraak achter elke bewering en controleer die in de bron zelf.',
    },
  }),
  tip({
    id: 'finance-no-accounts',
    level: 'foundation',
    roles: ['finance'],
    text: {
      en: 'Leave out IBANs, card numbers and client names; rounded or made-up figures work as well.',
      nl: 'Laat IBANs, kaartnummers en klantnamen weg; afgeronde of verzonnen bedragen werken net zo goed.',
    },
  }),
  tip({
    id: 'finance-recompute',
    level: 'durable-skills',
    roles: ['finance'],
    taskKinds: ['analysis'],
    text: {
      en: 'Have the AI show its calculation step by step, then recompute the totals yourself.',
      nl: 'Laat de AI de berekening stap voor stap tonen en reken de totalen zelf na.',
    },
  }),
  tip({
    id: 'pm-context',
    level: 'foundation',
    roles: ['product-manager'],
    text: {
      en: 'Give the user problem, the goal and what is out of scope before asking for a spec.',
      nl: 'Geef het gebruikersprobleem, het doel en wat buiten scope valt voordat je om een spec vraagt.',
    },
  }),
  tip({
    id: 'pm-critic',
    level: 'durable-skills',
    roles: ['product-manager'],
    taskKinds: ['deciding'],
    text: {
      en: 'Ask the AI to argue against your plan: which assumption would hurt most if wrong?',
      nl: 'Laat de AI je plan aanvallen: welke aanname doet het meeste pijn als die niet klopt?',
    },
  }),
  tip({
    id: 'executive-brief',
    level: 'foundation',
    roles: ['executive'],
    text: {
      en: 'Ask for a one-page brief with the decision, the options and the risks, in that order.',
      nl: 'Vraag om een brief van één pagina met de beslissing, de opties en de risico’s, in die volgorde.',
    },
  }),
  tip({
    id: 'executive-strategy-data',
    level: 'foundation',
    roles: ['executive'],
    text: {
      en: 'Unannounced plans, deals and figures stay out of chat tools that your company has not approved.',
      nl: 'Onaangekondigde plannen, deals en cijfers horen niet in chattools die je bedrijf niet heeft goedgekeurd.',
    },
  }),
  tip({
    id: 'teacher-level',
    level: 'foundation',
    roles: ['teacher'],
    text: {
      en: "State the pupils' age and level, and what they should be able to do afterwards.",
      nl: 'Noem leeftijd en niveau van de leerlingen, en wat ze daarna moeten kunnen.',
    },
  }),
  tip({
    id: 'teacher-pupil-data',
    level: 'foundation',
    roles: ['teacher'],
    text: {
      en: 'Do not paste pupils’ names, grades or work with names on it.',
      nl: 'Plak geen namen, cijfers of werk van leerlingen waar hun naam op staat.',
    },
  }),
  tip({
    id: 'researcher-citations',
    level: 'durable-skills',
    roles: ['researcher'],
    text: {
      en: 'AI invents references; look up every citation before you use it.',
      nl: 'AI verzint bronnen; zoek elke verwijzing op voordat je hem gebruikt.',
    },
  }),
  tip({
    id: 'researcher-method',
    level: 'foundation',
    roles: ['researcher'],
    taskKinds: ['summarising'],
    text: {
      en: 'Paste the abstract or section you mean and ask for a summary that keeps its caveats.',
      nl: 'Plak het abstract of de sectie die je bedoelt en vraag om een samenvatting die de voorbehouden behoudt.',
    },
  }),
  ...libraryTips,
  tip({
    id: 'chatgpt-projects',
    level: 'breakthrough',
    tools: ['chatgpt'],
    text: {
      en: 'In ChatGPT, start a new chat for a new task so earlier context does not steer the answer.',
      nl: 'Begin in ChatGPT een nieuwe chat voor een nieuwe taak, zodat eerdere context het antwoord niet stuurt.',
    },
  }),
  tip({
    id: 'claude-documents',
    level: 'durable-skills',
    tools: ['claude'],
    text: {
      en: 'Claude handles long documents well: ask it to quote the passage behind each point.',
      nl: 'Claude kan goed met lange documenten: vraag het de passage achter elk punt te citeren.',
    },
  }),
  tip({
    id: 'gemini-sources',
    level: 'durable-skills',
    tools: ['gemini'],
    text: {
      en: 'Use Gemini’s double-check option and open the sources it links before you rely on them.',
      nl: 'Gebruik de dubbelcheck van Gemini en open de gelinkte bronnen voordat je erop vertrouwt.',
    },
  }),
  tip({
    id: 'copilot-account',
    level: 'organisation',
    tools: ['copilot'],
    text: {
      en: 'Check that you are signed in with your work account before you use Copilot for work.',
      nl: 'Controleer of je met je werkaccount bent ingelogd voordat je Copilot voor werk gebruikt.',
    },
  }),
  tip({
    id: 'any-follow-up',
    level: 'durable-skills',
    text: {
      en: 'Treat the first answer as a draft: say what to change and ask again.',
      nl: 'Zie het eerste antwoord als concept: zeg wat er anders moet en vraag opnieuw.',
    },
  }),
  tip({
    id: 'any-example',
    level: 'foundation',
    text: {
      en: 'One short example of what you want beats a paragraph of description.',
      nl: 'Eén kort voorbeeld van wat je wilt werkt beter dan een alinea uitleg.',
    },
  }),
];
