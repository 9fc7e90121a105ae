import type { RoleId, TaskKind } from './roles';
import type { Template } from './templates';

type Pair = [en: string, nl: string];

function template(
  id: string,
  roles: RoleId[],
  taskKind: TaskKind,
  [titleEn, titleNl]: Pair,
  [promptEn, promptNl]: Pair,
): Template {
  return {
    id,
    roles,
    taskKind,
    title: { en: titleEn, nl: titleNl },
    prompt: { en: promptEn, nl: promptNl },
    fromPack: false,
  };
}

// TODO [2027-01-15]: most templates score 45-65 with the analyzer because the bracketed gaps
// read as missing context; tune the wording (or teach the analyzer gaps) so each scores 60+.

/**
 * Built-in templates: each a complete prompt (role, task, context, format, constraints,
 * a check) with bracketed gaps for the user to fill. Role templates first, then general.
 */
export const builtInTemplates: Template[] = [
  template(
    'engineer-debug',
    ['software-engineer'],
    'coding',
    ['Debug an error', 'Een fout debuggen'],
    [
      'You are a senior [language] engineer. Explain why this error occurs and propose a fix.\nContext: [framework and version], the command I ran: [command].\nError:\n[error message]\nGive the likely cause first, then the fix as a code block, then a test that proves it. If you are unsure, say what you would check.',
      'Je bent een senior [taal]-engineer. Leg uit waarom deze fout optreedt en stel een oplossing voor.\nContext: [framework en versie], het commando dat ik draaide: [commando].\nFout:\n[foutmelding]\nGeef eerst de waarschijnlijke oorzaak, dan de oplossing als codeblok, dan een test die het bewijst. Zeg wat je zou controleren als je het niet zeker weet.',
    ],
  ),
  template(
    'engineer-review',
    ['software-engineer'],
    'coding',
    ['Review a change', 'Een wijziging reviewen'],
    [
      'Act as a careful code reviewer. Review this [language] function for bugs, edge cases and readability.\nIt is used for [purpose]; constraints: [performance or compatibility limits].\n[code]\nList at most five findings as a table (line, problem, suggested change), most serious first. Do not rewrite the whole function.',
      'Gedraag je als een zorgvuldige code reviewer. Review deze [taal]-functie op bugs, randgevallen en leesbaarheid.\nHij wordt gebruikt voor [doel]; beperkingen: [prestatie- of compatibiliteitsgrenzen].\n[code]\nGeef maximaal vijf bevindingen als tabel (regel, probleem, voorgestelde wijziging), de ernstigste eerst. Herschrijf niet de hele functie.',
    ],
  ),
  template(
    'analyst-explore',
    ['data-analyst'],
    'analysis',
    ['Plan an analysis', 'Een analyse plannen'],
    [
      'You are an experienced data analyst. Help me answer this business question: [question].\nThe data: a table with columns [columns]; about [number] rows per month; example row (made up): [row].\nPropose the analysis in numbered steps, with the SQL for each step. List the assumptions you make and how I can check each result.',
      'Je bent een ervaren data-analist. Help me deze bedrijfsvraag te beantwoorden: [vraag].\nDe data: een tabel met kolommen [kolommen]; ongeveer [aantal] rijen per maand; voorbeeldrij (verzonnen): [rij].\nStel de analyse voor in genummerde stappen, met de SQL per stap. Noem de aannames die je doet en hoe ik elk resultaat kan controleren.',
    ],
  ),
  template(
    'analyst-explain-chart',
    ['data-analyst'],
    'writing',
    ['Explain a result to managers', 'Een resultaat uitleggen aan managers'],
    [
      'Act as a data storyteller. Write a short explanation of this result for [audience], who know the business but not statistics.\nResult: [finding, with figures].\nUse at most 120 words and three bullets: what changed, why it matters, what we recommend. Flag any figure that needs checking.',
      'Gedraag je als een datastoryteller. Schrijf een korte uitleg van dit resultaat voor [doelgroep], die het bedrijf kennen maar geen statistiek.\nResultaat: [bevinding, met cijfers].\nGebruik maximaal 120 woorden en drie punten: wat veranderde, waarom het ertoe doet, wat we aanraden. Markeer elk cijfer dat gecontroleerd moet worden.',
    ],
  ),
  template(
    'support-reply',
    ['customer-support'],
    'writing',
    ['Reply to an upset customer', 'Een boze klant antwoorden'],
    [
      'You are a friendly, experienced support agent. Draft a reply to a customer whose [product] [problem].\nThey already tried [steps]. Our policy: [relevant policy].\nTone: calm and apologetic, no jargon. Format: an e-mail of at most 120 words, ending with one clear next step. Do not promise anything outside the policy.',
      'Je bent een vriendelijke, ervaren supportmedewerker. Schrijf een antwoord aan een klant van wie [product] [probleem].\nDe klant probeerde al [stappen]. Ons beleid: [relevant beleid].\nToon: rustig en verontschuldigend, geen jargon. Vorm: een mail van maximaal 120 woorden, eindigend met één duidelijke volgende stap. Beloof niets buiten het beleid.',
    ],
  ),
  template(
    'support-summarise-ticket',
    ['customer-support'],
    'summarising',
    ['Summarise a ticket for handover', 'Een ticket samenvatten voor overdracht'],
    [
      'Act as a support team lead. Summarise this anonymised ticket for the colleague who takes it over.\n[ticket text, with names replaced]\nFormat: five bullets (problem, what was tried, customer mood, promised next step, open questions). Say if anything in the ticket is unclear.',
      'Gedraag je als teamleider support. Vat dit geanonimiseerde ticket samen voor de collega die het overneemt.\n[tickettekst, met namen vervangen]\nVorm: vijf punten (probleem, wat geprobeerd is, stemming van de klant, beloofde volgende stap, open vragen). Zeg het als iets in het ticket onduidelijk is.',
    ],
  ),
  template(
    'sales-follow-up',
    ['sales'],
    'writing',
    ['Follow up after a meeting', 'Opvolgen na een gesprek'],
    [
      'You are an account executive. Write a follow-up e-mail to a [job title] at a [industry] company after our first meeting.\nThey care about [their goal]; we agreed on [next step].\nTone: warm and concise. At most 100 words, one question at the end, no claims beyond [approved material].',
      'Je bent accountmanager. Schrijf een follow-upmail aan een [functie] bij een bedrijf in [sector] na ons eerste gesprek.\nZe vinden [hun doel] belangrijk; we spraken [volgende stap] af.\nToon: warm en beknopt. Maximaal 100 woorden, één vraag aan het eind, geen claims buiten [goedgekeurd materiaal].',
    ],
  ),
  template(
    'sales-objections',
    ['sales'],
    'brainstorming',
    ['Prepare for objections', 'Bezwaren voorbereiden'],
    [
      'Act as a sceptical [job title] evaluating [product category]. List the five objections you would most likely raise, given [their situation].\nFor each, give a short, honest answer I could use, as a table (objection, answer, proof I should bring). Mark answers that need a fact checked.',
      'Gedraag je als een sceptische [functie] die [productcategorie] beoordeelt. Noem de vijf bezwaren die je het waarschijnlijkst zou noemen, gegeven [hun situatie].\nGeef per bezwaar een kort, eerlijk antwoord dat ik kan gebruiken, als tabel (bezwaar, antwoord, bewijs dat ik moet meenemen). Markeer antwoorden waarvan een feit gecontroleerd moet worden.',
    ],
  ),
  template(
    'marketing-post',
    ['marketing'],
    'writing',
    ['Write a social post', 'Een social post schrijven'],
    [
      'You are a B2B copywriter. Write a LinkedIn post announcing [news] for [audience], who already know [what they know].\nKey message: [message]. Tone: [brand tone], no buzzwords.\nGive three versions of at most 60 words, each with a different opening. Do not invent figures or quotes.',
      'Je bent een B2B-copywriter. Schrijf een LinkedIn-post over [nieuws] voor [doelgroep], die al weten [wat ze weten].\nKernboodschap: [boodschap]. Toon: [merktoon], geen modewoorden.\nGeef drie versies van maximaal 60 woorden, elk met een andere opening. Verzin geen cijfers of citaten.',
    ],
  ),
  template(
    'marketing-campaign-ideas',
    ['marketing'],
    'brainstorming',
    ['Campaign ideas', 'Campagne-ideeën'],
    [
      'Act as a campaign strategist. Give ten campaign ideas for [product] aimed at [audience] with the goal [goal], on a budget of [budget].\nExclude [what to avoid]. Format: a table with idea, channel, why it fits the audience, and how we would measure it.',
      'Gedraag je als campagnestrateeg. Geef tien campagne-ideeën voor [product] gericht op [doelgroep] met als doel [doel], met een budget van [budget].\nLaat [wat te vermijden] weg. Vorm: een tabel met idee, kanaal, waarom het bij de doelgroep past en hoe we het meten.',
    ],
  ),
  template(
    'hr-vacancy',
    ['hr'],
    'writing',
    ['Write a vacancy text', 'Een vacaturetekst schrijven'],
    [
      'You are a recruiter who writes inclusive job ads. Write a vacancy for a [job title] in our [team] team.\nMust-haves: [skills]; nice-to-haves: [skills]; we offer: [offer].\nFormat: title, a 50-word intro, three short bulleted sections. Avoid gendered or exclusionary wording and point out any you had to rephrase.',
      'Je bent een recruiter die inclusieve vacatures schrijft. Schrijf een vacature voor een [functie] in ons team [team].\nVereist: [vaardigheden]; pré: [vaardigheden]; wij bieden: [aanbod].\nVorm: titel, een intro van 50 woorden, drie korte secties met opsommingstekens. Vermijd gender- of uitsluitende taal en wijs formuleringen aan die je moest aanpassen.',
    ],
  ),
  template(
    'hr-policy-faq',
    ['hr'],
    'summarising',
    ['Turn a policy into an FAQ', 'Beleid omzetten in een FAQ'],
    [
      'Act as an HR adviser. Turn this policy text into an FAQ for employees who have never read it.\n[policy text]\nGive eight questions and answers of at most 40 words each, in plain language. Quote the policy section for each answer so I can check it.',
      'Gedraag je als HR-adviseur. Zet deze beleidstekst om in een FAQ voor medewerkers die hem nooit gelezen hebben.\n[beleidstekst]\nGeef acht vragen en antwoorden van maximaal 40 woorden, in gewone taal. Noem per antwoord het artikel uit het beleid, zodat ik het kan controleren.',
    ],
  ),
  template(
    'legal-clause-review',
    ['legal'],
    'analysis',
    ['Review a clause', 'Een clausule beoordelen'],
    [
      'You are a commercial lawyer under [jurisdiction] law. Review this anonymised clause from a [contract type], where we are the [our side].\n[clause]\nList the risks for us, most serious first, as a table (risk, why, suggested wording). Cite the statutes you rely on and say where you are uncertain.',
      'Je bent bedrijfsjurist onder [land] recht. Beoordeel deze geanonimiseerde clausule uit een [soort contract], waarin wij de [onze kant] zijn.\n[clausule]\nNoem de risico’s voor ons, de ernstigste eerst, als tabel (risico, waarom, voorgestelde formulering). Noem de wetsartikelen waarop je steunt en zeg waar je twijfelt.',
    ],
  ),
  template(
    'legal-plain-language',
    ['legal'],
    'writing',
    ['Explain in plain language', 'Uitleggen in gewone taal'],
    [
      'Act as a legal writer. Explain what this clause means for [audience] who are not lawyers.\n[clause]\nAt most 150 words, no Latin, one example of a situation where it applies. Do not give advice beyond the text.',
      'Gedraag je als juridisch schrijver. Leg uit wat deze clausule betekent voor [doelgroep] die geen jurist zijn.\n[clausule]\nMaximaal 150 woorden, geen Latijn, één voorbeeld van een situatie waarin hij geldt. Geef geen advies buiten de tekst.',
    ],
  ),
  template(
    'finance-variance',
    ['finance'],
    'analysis',
    ['Explain a budget variance', 'Een budgetafwijking verklaren'],
    [
      'You are a financial controller. Help me explain a variance: [line item] is [amount or percentage] over budget in [period].\nKnown drivers: [drivers]. Our standard: [IFRS or local GAAP].\nGive the likely explanations in order of size, the checks I should do for each, and a three-sentence note for the management report.',
      'Je bent controller. Help me een afwijking te verklaren: [post] ligt [bedrag of percentage] boven budget in [periode].\nBekende oorzaken: [oorzaken]. Onze standaard: [IFRS of lokale regels].\nGeef de waarschijnlijke verklaringen op volgorde van grootte, de controles die ik per verklaring moet doen en een toelichting van drie zinnen voor het managementrapport.',
    ],
  ),
  template(
    'finance-formula',
    ['finance'],
    'coding',
    ['Build a spreadsheet formula', 'Een spreadsheetformule bouwen'],
    [
      'Act as a spreadsheet expert. Write a [Excel or Sheets] formula that [what it should compute].\nColumns: [columns]; example row with made-up values: [row] and the result I expect: [result].\nExplain the formula step by step and give one test case I can try.',
      'Gedraag je als spreadsheetexpert. Schrijf een [Excel- of Sheets-]formule die [wat hij moet berekenen].\nKolommen: [kolommen]; voorbeeldrij met verzonnen waarden: [rij] en de uitkomst die ik verwacht: [uitkomst].\nLeg de formule stap voor stap uit en geef één testgeval dat ik kan proberen.',
    ],
  ),
  template(
    'pm-user-story',
    ['product-manager'],
    'writing',
    ['Write a user story', 'Een user story schrijven'],
    [
      'You are a senior product manager. Write a user story for [feature] for [user type], who today [current problem].\nGoal this quarter: [goal]. Out of scope: [exclusions].\nFormat: the story, five acceptance criteria, and three edge cases. Ask me a question if the problem is unclear.',
      'Je bent een senior productmanager. Schrijf een user story voor [functie] voor [type gebruiker], die nu [huidig probleem].\nDoel dit kwartaal: [doel]. Buiten scope: [uitsluitingen].\nVorm: de story, vijf acceptatiecriteria en drie randgevallen. Stel me een vraag als het probleem onduidelijk is.',
    ],
  ),
  template(
    'pm-interview-synthesis',
    ['product-manager'],
    'summarising',
    ['Synthesise interviews', 'Interviews samenvatten'],
    [
      'Act as a user researcher. Synthesise these anonymised interview notes about [topic].\n[notes]\nGive the top five themes as a table (theme, how many interviews mention it, a short quote). Mark themes that rest on a single interview.',
      'Gedraag je als gebruikersonderzoeker. Vat deze geanonimiseerde interviewnotities over [onderwerp] samen.\n[notities]\nGeef de vijf belangrijkste thema’s als tabel (thema, in hoeveel interviews, een kort citaat). Markeer thema’s die op één interview rusten.',
    ],
  ),
  template(
    'executive-decision-memo',
    ['executive'],
    'deciding',
    ['Frame a decision', 'Een beslissing voorbereiden'],
    [
      'You are a strategy adviser to a leadership team. We must decide [decision] by [date].\nOptions: [options]. What matters most: [criteria].\nGive a one-page memo: each option with benefits, risks and cost, then your recommendation and the strongest argument against it. Say which facts I should verify first.',
      'Je bent strategisch adviseur van een directieteam. We moeten vóór [datum] beslissen over [beslissing].\nOpties: [opties]. Wat het zwaarst weegt: [criteria].\nGeef een memo van één pagina: elke optie met voordelen, risico’s en kosten, dan je aanbeveling en het sterkste argument ertegen. Zeg welke feiten ik eerst moet controleren.',
    ],
  ),
  template(
    'executive-update',
    ['executive'],
    'writing',
    ['Write an all-hands update', 'Een update voor iedereen schrijven'],
    [
      'Act as a communications lead. Draft an update from me to all staff about [topic] for people who [what they know].\nKey points: [points]. Tone: honest and direct.\nAt most 200 words, with a clear "what this means for you" paragraph. No figures that are not public yet.',
      'Gedraag je als communicatieadviseur. Schrijf een update van mij aan alle medewerkers over [onderwerp] voor mensen die [wat ze weten].\nKernpunten: [punten]. Toon: eerlijk en direct.\nMaximaal 200 woorden, met een duidelijke alinea "wat dit voor jou betekent". Geen cijfers die nog niet openbaar zijn.',
    ],
  ),
  template(
    'teacher-exercise',
    ['teacher'],
    'writing',
    ['Create exercises', 'Opdrachten maken'],
    [
      'You are an experienced [subject] teacher. Create exercises on [topic] for pupils aged [age] who already know [prior knowledge].\nLearning goal: [goal].\nGive six exercises at three levels (two each), with an answer key. Mark any answer you are unsure of so I can check it.',
      'Je bent een ervaren docent [vak]. Maak opdrachten over [onderwerp] voor leerlingen van [leeftijd] die al [voorkennis] kennen.\nLeerdoel: [doel].\nGeef zes opdrachten op drie niveaus (twee per niveau), met antwoordsleutel. Markeer antwoorden waarover je twijfelt, zodat ik ze kan controleren.',
    ],
  ),
  template(
    'teacher-feedback',
    ['teacher'],
    'writing',
    ['Feedback on student work', 'Feedback op werk van leerlingen'],
    [
      'Act as a supportive teacher. Suggest feedback on this anonymised piece of work by a pupil aged [age], assessed against [criteria].\n[work]\nGive two strengths, two points to improve with an example each, in at most 100 words, in language the pupil understands.',
      'Gedraag je als een ondersteunende docent. Stel feedback voor op dit geanonimiseerde werk van een leerling van [leeftijd], beoordeeld op [criteria].\n[werk]\nGeef twee sterke punten en twee verbeterpunten met elk een voorbeeld, in maximaal 100 woorden, in taal die de leerling begrijpt.',
    ],
  ),
  template(
    'researcher-literature',
    ['researcher'],
    'summarising',
    ['Map the literature', 'De literatuur in kaart brengen'],
    [
      'You are a research librarian in [field]. Help me map the literature on [research question].\nGive the main schools of thought, key methods and open questions, as a table. Cite only papers you are confident exist, with year and venue, and mark those I must verify.',
      'Je bent onderzoeksbibliothecaris in [vakgebied]. Help me de literatuur over [onderzoeksvraag] in kaart te brengen.\nGeef de belangrijkste stromingen, methoden en open vragen, als tabel. Noem alleen artikelen waarvan je zeker weet dat ze bestaan, met jaar en tijdschrift, en markeer welke ik moet controleren.',
    ],
  ),
  template(
    'researcher-method-review',
    ['researcher'],
    'analysis',
    ['Critique a method', 'Een methode bekritiseren'],
    [
      'Act as a strict peer reviewer in [field]. Critique this study design: [design].\nSample: [sample]; measures: [measures].\nList the threats to validity, most serious first, each with a concrete fix. Say which points depend on assumptions you cannot check.',
      'Gedraag je als een strenge reviewer in [vakgebied]. Bekritiseer deze onderzoeksopzet: [opzet].\nSteekproef: [steekproef]; metingen: [metingen].\nNoem de bedreigingen voor de validiteit, de ernstigste eerst, elk met een concrete oplossing. Zeg welke punten afhangen van aannames die je niet kunt controleren.',
    ],
  ),
  template(
    'general-email',
    [],
    'writing',
    ['Write an e-mail', 'Een e-mail schrijven'],
    [
      'You are an experienced [role]. Write an e-mail to [recipient], who [what they know], about [topic].\nGoal: [what I want them to do]. Tone: [tone].\nAt most 120 words, a clear subject line and one request at the end.',
      'Je bent een ervaren [functie]. Schrijf een e-mail aan [ontvanger], die [wat die weet], over [onderwerp].\nDoel: [wat ik wil dat die doet]. Toon: [toon].\nMaximaal 120 woorden, een duidelijke onderwerpregel en één verzoek aan het eind.',
    ],
  ),
  template(
    'general-summary',
    [],
    'summarising',
    ['Summarise a document', 'Een document samenvatten'],
    [
      'Act as an analyst. Summarise the text below for [reader], who needs to [what they will do with it].\n[text]\nGive five bullets of at most 20 words, then the one question the text leaves open. Quote the passage behind each bullet so I can check it.',
      'Gedraag je als analist. Vat de tekst hieronder samen voor [lezer], die er [wat die ermee doet] mee moet.\n[tekst]\nGeef vijf punten van maximaal 20 woorden en daarna de ene vraag die de tekst openlaat. Citeer de passage achter elk punt, zodat ik het kan controleren.',
    ],
  ),
  template(
    'general-decide',
    [],
    'deciding',
    ['Weigh options', 'Opties afwegen'],
    [
      'You are a critical adviser. I need to choose between [options] for [situation].\nWhat matters to me: [criteria]. Constraints: [constraints].\nCompare the options in a table against each criterion, then give your recommendation and what would change it. Ask me one question if information is missing.',
      'Je bent een kritische adviseur. Ik moet kiezen tussen [opties] voor [situatie].\nWat voor mij telt: [criteria]. Beperkingen: [beperkingen].\nVergelijk de opties in een tabel per criterium en geef dan je aanbeveling en wat die zou veranderen. Stel me één vraag als er informatie ontbreekt.',
    ],
  ),
];
