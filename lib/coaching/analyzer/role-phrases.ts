import type { RoleId } from '../roles';
import type { Language } from './types';

/** What a suggestion fills in for one role: concrete, in that role's own terms. */
export interface RolePhrases {
  /** What a writing task produces for this role, with its article. */
  deliverable: string;
  audience: string;
  persona: string;
  format: string;
  constraints: string;
  examples: string;
  steps: string;
  verification: string;
}

/**
 * Per role and language. Different roles must get different advice for the same prompt,
 * so every field here names something that role actually works with.
 */
export const rolePhrases: Record<RoleId, Record<Language, RolePhrases>> = {
  general: {
    en: {
      deliverable: 'the text',
      audience: 'who will read it and what they already know',
      persona: '"You are a patient advisor who explains without jargon"',
      format: 'a list, a table or a message of five lines',
      constraints: 'the tone, and what to leave out',
      examples: 'a message you liked, or the text it should build on',
      steps: 'first the main points, then the full text',
      verification: 'ask it to say where it is unsure',
    },
    nl: {
      deliverable: 'de tekst',
      audience: 'wie het leest en wat die al weet',
      persona: '"Je bent een geduldige adviseur die uitlegt zonder jargon"',
      format: 'een lijst, een tabel of een bericht van vijf regels',
      constraints: 'de toon, en wat erbuiten moet blijven',
      examples: 'een bericht dat je goed vond, of de tekst waarop het voortbouwt',
      steps: 'eerst de hoofdpunten, dan de volledige tekst',
      verification: 'vraag waar de AI onzeker is',
    },
  },
  'software-engineer': {
    en: {
      deliverable: 'the code',
      audience: 'who maintains the code and which stack and versions it runs on',
      persona: '"You are a reviewer who knows our TypeScript and Postgres stack"',
      format: 'a diff or one function with its tests, no prose',
      constraints: 'language version, libraries you may use, the signature to keep',
      examples: 'the failing input, the error message or an existing function to match',
      steps: 'first find the cause, then fix it, then add a test',
      verification: 'ask for tests that cover the edge cases',
    },
    nl: {
      deliverable: 'de code',
      audience: 'wie de code onderhoudt en op welke stack en versies hij draait',
      persona: '"Je bent een reviewer die onze TypeScript- en Postgres-stack kent"',
      format: 'een diff of één functie met tests, zonder uitleg eromheen',
      constraints: 'taalversie, toegestane libraries, de signatuur die moet blijven',
      examples: 'de invoer die faalt, de foutmelding of een bestaande functie als model',
      steps: 'eerst de oorzaak vinden, dan oplossen, dan een test toevoegen',
      verification: 'vraag om tests voor de randgevallen',
    },
  },
  'data-analyst': {
    en: {
      deliverable: 'the report',
      audience: 'who reads the numbers and which decision they feed',
      persona: '"You are an analyst who checks data quality before concluding"',
      format: 'a table with the figures, then three sentences of interpretation',
      constraints: 'the period, the metric definitions and the segments to leave out',
      examples: 'the column names and two made-up rows',
      steps: 'first clean the data, then compute, then interpret',
      verification: 'ask how each figure was computed and which assumptions it rests on',
    },
    nl: {
      deliverable: 'het rapport',
      audience: 'wie de cijfers leest en voor welke beslissing',
      persona: '"Je bent een analist die eerst de datakwaliteit controleert"',
      format: 'een tabel met de cijfers, daarna drie zinnen duiding',
      constraints: 'de periode, de definities van de maatstaven en wat je uitsluit',
      examples: 'de kolomnamen en twee verzonnen rijen',
      steps: 'eerst de data opschonen, dan rekenen, dan duiden',
      verification: 'vraag hoe elk getal berekend is en op welke aannames het rust',
    },
  },
  'customer-support': {
    en: {
      deliverable: 'the reply',
      audience: 'the customer: what went wrong for them and how upset they are',
      persona: '"You are a calm support agent for our web shop"',
      format: 'a reply of at most six sentences with one clear next step',
      constraints: 'the tone, what you may offer, and what not to promise',
      examples: 'a reply that worked well on a similar ticket',
      steps: 'first acknowledge the problem, then the fix, then the next step',
      verification: 'ask it to flag any policy detail it is not sure of',
    },
    nl: {
      deliverable: 'het antwoord',
      audience: 'de klant: wat er misging en hoe boos die is',
      persona: '"Je bent een rustige klantenservicemedewerker van onze webwinkel"',
      format: 'een antwoord van hooguit zes zinnen met één duidelijke vervolgstap',
      constraints: 'de toon, wat je mag aanbieden en wat je niet belooft',
      examples: 'een antwoord dat goed werkte bij een vergelijkbaar ticket',
      steps: 'eerst het probleem erkennen, dan de oplossing, dan de vervolgstap',
      verification: 'vraag om elk beleidsdetail te markeren waar de AI niet zeker van is',
    },
  },
  sales: {
    en: {
      deliverable: 'the e-mail',
      audience: "the prospect's industry, role and where they are in the deal",
      persona: '"You are an account executive who sells to logistics firms"',
      format: 'an e-mail under 100 words that ends with one question',
      constraints: 'claims you may make, pricing you may not mention, the tone',
      examples: 'an earlier e-mail that got a reply',
      steps: 'first the hook, then the value, then the call to action',
      verification: 'ask it to mark every claim you still need to check',
    },
    nl: {
      deliverable: 'de mail',
      audience: 'de branche en rol van de prospect, en waar die in het traject zit',
      persona: '"Je bent een accountmanager die aan logistieke bedrijven verkoopt"',
      format: 'een mail van minder dan 100 woorden die eindigt met één vraag',
      constraints: 'welke claims mogen, welke prijzen niet genoemd worden, de toon',
      examples: 'een eerdere mail waarop wel gereageerd werd',
      steps: 'eerst de haak, dan de waarde, dan de oproep tot actie',
      verification: 'vraag om elke claim te markeren die je nog moet controleren',
    },
  },
  marketing: {
    en: {
      deliverable: 'the post',
      audience: 'which customers, what they already know',
      persona: '"You are a B2B copywriter who knows our market"',
      format: 'the channel and length, e.g. a LinkedIn post of 120 words',
      constraints: 'tone of voice, claims you may not make, words to avoid',
      examples: 'a past post that performed well',
      steps: 'first the key message, then the draft, then two variants',
      verification: 'ask it to mark claims that need a source',
    },
    nl: {
      deliverable: 'de post',
      audience: 'welke klanten, wat ze al weten',
      persona: '"Je bent een B2B-copywriter die onze markt kent"',
      format: 'het kanaal en de lengte, bijvoorbeeld een LinkedIn-post van 120 woorden',
      constraints: 'tone of voice, claims die niet mogen, woorden om te vermijden',
      examples: 'een eerdere post die goed liep',
      steps: 'eerst de kernboodschap, dan de tekst, dan twee varianten',
      verification: 'vraag om claims te markeren die een bron nodig hebben',
    },
  },
  hr: {
    en: {
      deliverable: 'the text',
      audience: 'the candidates or employees: their role, seniority and situation',
      persona: '"You are an HR adviser who writes inclusive, plain language"',
      format: 'an FAQ, a vacancy with at most five requirements, or a short letter',
      constraints: 'gender-neutral wording, what the policy allows, what to keep confidential',
      examples: 'an earlier vacancy or letter in our house style',
      steps: 'first the facts, then the wording, then a check on tone',
      verification: 'ask it to quote the policy section behind each answer',
    },
    nl: {
      deliverable: 'de tekst',
      audience: 'de kandidaten of medewerkers: hun functie, niveau en situatie',
      persona: '"Je bent een HR-adviseur die inclusief en in gewone taal schrijft"',
      format: 'een FAQ, een vacature met hooguit vijf eisen, of een korte brief',
      constraints: 'genderneutrale taal, wat het beleid toestaat, wat vertrouwelijk blijft',
      examples: 'een eerdere vacature of brief in onze huisstijl',
      steps: 'eerst de feiten, dan de formulering, dan een toets op toon',
      verification: 'vraag bij elk antwoord het beleidsartikel te noemen',
    },
  },
  legal: {
    en: {
      deliverable: 'the document',
      audience: 'whether the reader is a lawyer, a manager or a consumer',
      persona: '"You are a commercial lawyer practising Dutch contract law"',
      format: 'a list of clauses, each with its number and a one-line risk',
      constraints: 'the jurisdiction, the governing law and our standard positions',
      examples: 'the clause wording you prefer, or our standard terms',
      steps: 'first list the deviations, then rate them, then propose wording',
      verification: 'ask for the article or clause behind each point and where it is unsure',
    },
    nl: {
      deliverable: 'het document',
      audience: 'of de lezer jurist, manager of consument is',
      persona: '"Je bent een bedrijfsjurist gespecialiseerd in Nederlands contractenrecht"',
      format: 'een lijst van clausules, elk met nummer en het risico in één regel',
      constraints: 'het rechtsgebied, het toepasselijk recht en onze standaardposities',
      examples: 'de formulering die je voorkeur heeft, of onze standaardvoorwaarden',
      steps: 'eerst de afwijkingen noemen, dan wegen, dan formulering voorstellen',
      verification: 'vraag bij elk punt het artikel en waar de AI twijfelt',
    },
  },
  finance: {
    en: {
      deliverable: 'the note',
      audience: 'whether it is for the board, budget holders or the auditor',
      persona: '"You are a controller who explains variances to non-finance managers"',
      format: 'a table of budget, actual and difference, then the explanation',
      constraints: 'the period, the currency, and the figures it must not estimate',
      examples: 'last quarter’s note or the cost breakdown',
      steps: 'first reconcile the totals, then explain by category',
      verification: 'ask it to flag every line it cannot reconcile',
    },
    nl: {
      deliverable: 'de notitie',
      audience: 'of het voor de directie, budgethouders of de accountant is',
      persona: '"Je bent een controller die afwijkingen uitlegt aan niet-financiële managers"',
      format: 'een tabel met budget, werkelijk en verschil, daarna de toelichting',
      constraints: 'de periode, de valuta, en welke cijfers niet geschat mogen worden',
      examples: 'de notitie van vorig kwartaal of de kostenuitsplitsing',
      steps: 'eerst de totalen laten aansluiten, dan per categorie verklaren',
      verification: 'vraag om elke regel te markeren die niet aansluit',
    },
  },
  'product-manager': {
    en: {
      deliverable: 'the spec',
      audience: 'which users, what problem they have today',
      persona: '"You are a product manager for a B2B SaaS app"',
      format: 'user stories with acceptance criteria, or a ranked table',
      constraints: 'team size, the quarter, and what is out of scope',
      examples: 'a user story from the backlog written the way you like',
      steps: 'first the problem, then the options, then a ranking with reasons',
      verification: 'ask which estimate it is least sure of',
    },
    nl: {
      deliverable: 'de specificatie',
      audience: 'welke gebruikers, welk probleem ze nu hebben',
      persona: '"Je bent productmanager van een B2B-SaaS-app"',
      format: 'user stories met acceptatiecriteria, of een gerangschikte tabel',
      constraints: 'teamgrootte, het kwartaal en wat buiten scope valt',
      examples: 'een user story uit de backlog zoals jij hem graag ziet',
      steps: 'eerst het probleem, dan de opties, dan een rangorde met redenen',
      verification: 'vraag bij welke schatting de AI het minst zeker is',
    },
  },
  executive: {
    en: {
      deliverable: 'the memo',
      audience: 'board, leadership team or all staff, and what they need to decide',
      persona: '"You are a chief of staff who writes for busy executives"',
      format: 'three bullets with the decision, the cost and the deadline',
      constraints: 'the message that must land, and what is still confidential',
      examples: 'an earlier memo whose tone you liked',
      steps: 'first the decision, then the reasons, then what happens next',
      verification: 'ask which information is missing to decide',
    },
    nl: {
      deliverable: 'de memo',
      audience: 'bestuur, managementteam of alle medewerkers, en wat zij moeten beslissen',
      persona: '"Je bent een chief of staff die schrijft voor drukke bestuurders"',
      format: 'drie punten met de beslissing, de kosten en de deadline',
      constraints: 'de boodschap die moet landen, en wat nog vertrouwelijk is',
      examples: 'een eerdere memo waarvan je de toon goed vond',
      steps: 'eerst de beslissing, dan de redenen, dan wat er nu gebeurt',
      verification: 'vraag welke informatie nog ontbreekt om te beslissen',
    },
  },
  teacher: {
    en: {
      deliverable: 'the lesson material',
      audience: 'the age or year group and what the pupils already know',
      persona: '"You are a science teacher for 12-year-olds"',
      format: 'ten questions with an answer key, or a 20-minute lesson plan',
      constraints: 'the reading level, the time available and the materials you have',
      examples: 'a question from last year’s test at the right level',
      steps: 'first the learning goal, then the activity, then the check',
      verification: 'ask it to mark facts you should check before class',
    },
    nl: {
      deliverable: 'het lesmateriaal',
      audience: 'de leeftijd of groep en wat de leerlingen al weten',
      persona: '"Je bent een docent biologie voor de brugklas"',
      format: 'tien vragen met antwoordmodel, of een lesplan van twintig minuten',
      constraints: 'het taalniveau, de beschikbare tijd en het materiaal dat je hebt',
      examples: 'een vraag uit de toets van vorig jaar op het juiste niveau',
      steps: 'eerst het leerdoel, dan de activiteit, dan de controle',
      verification: 'vraag om feiten te markeren die je voor de les moet nakijken',
    },
  },
  researcher: {
    en: {
      deliverable: 'the text',
      audience: 'reviewers, peers in the field or a general audience',
      persona: '"You are a methodologist in experimental psychology"',
      format: 'findings grouped by strength of evidence, each with its citation',
      constraints: 'the field, the years and the study designs to include',
      examples: 'a paper or abstract that shows the level you want',
      steps: 'first the question, then the method, then the evidence',
      verification: 'ask it to cite each study and to say when it is not sure one exists',
    },
    nl: {
      deliverable: 'de tekst',
      audience: 'reviewers, vakgenoten of een breed publiek',
      persona: '"Je bent methodoloog in de experimentele psychologie"',
      format: 'bevindingen gegroepeerd naar bewijskracht, elk met bronvermelding',
      constraints: 'het vakgebied, de jaren en de onderzoeksopzetten die meetellen',
      examples: 'een artikel of abstract op het niveau dat je wilt',
      steps: 'eerst de vraag, dan de methode, dan het bewijs',
      verification:
        'vraag elke studie te noemen en te zeggen als het niet zeker is dat die bestaat',
    },
  },
};
