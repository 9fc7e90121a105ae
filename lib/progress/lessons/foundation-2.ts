import type { Lesson } from './types';

/** When to disclose AI help. */
export const disclosingAiHelp: Lesson = {
  id: 'disclosing-ai-help',
  source: 'foundation',
  title: { en: 'When to say that AI helped', nl: 'Wanneer je zegt dat AI hielp' },
  minutes: 2,
  paragraphs: [
    {
      en: 'Using AI is not something to hide, and not every use needs a label. Fixing the grammar of your own e-mail is like using a spell checker. The question is whether the reader would judge the work differently if they knew.',
      nl: 'AI gebruiken hoef je niet te verbergen, en niet elk gebruik heeft een label nodig. De grammatica van je eigen mail laten verbeteren is als een spellingcontrole. De vraag is of de lezer het werk anders zou beoordelen als die het wist.',
    },
    {
      en: 'Disclose when AI produced a substantial part of the content, when the reader relies on it being your own judgement (advice, assessments, reviews), when a customer, client or court is involved, and whenever your organisation, your profession or the law asks for it.',
      nl: 'Meld het als AI een wezenlijk deel van de inhoud maakte, als de lezer ervan uitgaat dat het jouw eigen oordeel is (adviezen, beoordelingen, reviews), als er een klant, opdrachtgever of rechter bij betrokken is, en altijd als je organisatie, je beroep of de wet erom vraagt.',
    },
    {
      en: 'Keep the disclosure short and useful: what the AI did and what you checked. “Drafted with AI, facts and figures checked by me” tells the reader what they need.',
      nl: 'Houd de melding kort en nuttig: wat de AI deed en wat jij controleerde. “Opgesteld met AI, feiten en cijfers door mij gecontroleerd” vertelt de lezer wat die moet weten.',
    },
    {
      en: 'Disclosure never moves responsibility: you remain accountable for what you send, with or without a label.',
      nl: 'Een melding verschuift nooit de verantwoordelijkheid: jij blijft aanspreekbaar op wat je verstuurt, met of zonder label.',
    },
  ],
  check: [
    {
      question: {
        en: 'Which use most needs disclosure?',
        nl: 'Welk gebruik moet je het eerst melden?',
      },
      options: [
        {
          en: 'Fixing typos in your own note.',
          nl: 'Tikfouten in je eigen notitie laten verbeteren.',
        },
        {
          en: 'An assessment of a colleague largely written by AI.',
          nl: 'Een beoordeling van een collega die grotendeels door AI is geschreven.',
        },
        { en: 'Asking AI what a word means.', nl: 'AI vragen wat een woord betekent.' },
      ],
      answer: 1,
    },
    {
      question: { en: 'What makes a good disclosure?', nl: 'Wat maakt een goede melding?' },
      options: [
        {
          en: 'What the AI did and what you checked.',
          nl: 'Wat de AI deed en wat jij controleerde.',
        },
        { en: 'The full prompt you used.', nl: 'De volledige prompt die je gebruikte.' },
        { en: 'The name of the model only.', nl: 'Alleen de naam van het model.' },
      ],
      answer: 0,
    },
    {
      question: {
        en: 'After disclosing, who is accountable for the content?',
        nl: 'Wie is na de melding aanspreekbaar op de inhoud?',
      },
      options: [
        { en: 'The AI tool.', nl: 'De AI-tool.' },
        { en: 'The reader, who was warned.', nl: 'De lezer, die gewaarschuwd is.' },
        { en: 'You, still.', nl: 'Nog steeds jij.' },
      ],
      answer: 2,
    },
  ],
};

/** How to write a clear prompt. */
export const writingClearPrompts: Lesson = {
  id: 'writing-clear-prompts',
  source: 'foundation',
  title: { en: 'Writing a clear prompt', nl: 'Een heldere prompt schrijven' },
  minutes: 2,
  paragraphs: [
    {
      en: 'A model only knows what you tell it. A vague request gets a generic answer; a clear one gets work you can use. Write the prompt as you would brief a capable new colleague.',
      nl: 'Een model weet alleen wat jij het vertelt. Een vaag verzoek levert een algemeen antwoord op; een helder verzoek levert werk op dat je kunt gebruiken. Schrijf de prompt zoals je een capabele nieuwe collega zou briefen.',
    },
    {
      en: 'Start with the task, in one sentence with a verb: “Summarise”, “Draft”, “Compare”. Add the context: who it is for, why, what they already know. Say what the result should look like: length, format, tone. Name the constraints: what must be in, what must stay out.',
      nl: 'Begin met de taak, in één zin met een werkwoord: “Vat samen”, “Schrijf een opzet”, “Vergelijk”. Geef de context: voor wie, waarom, wat weten ze al. Zeg hoe het resultaat eruitziet: lengte, vorm, toon. Noem de randvoorwaarden: wat moet erin, wat blijft eruit.',
    },
    {
      en: 'An example of what you want is often worth a paragraph of description. For larger jobs, ask for steps, or split the work into several prompts and check each part.',
      nl: 'Een voorbeeld van wat je wilt is vaak een alinea beschrijving waard. Vraag bij grotere klussen om stappen, of verdeel het werk over meerdere prompts en controleer elk deel.',
    },
    {
      en: 'Then iterate: the first answer is a draft. Say what to change, ask for alternatives, or ask what the model needs to know to do better. Ascent scores each prompt on these points and suggests the next improvement.',
      nl: 'En ga daarna door: het eerste antwoord is een concept. Zeg wat er anders moet, vraag om alternatieven, of vraag wat het model moet weten om het beter te doen. Ascent scoort elke prompt op deze punten en stelt de volgende verbetering voor.',
    },
  ],
  check: [
    {
      question: {
        en: 'What should a prompt start with?',
        nl: 'Waarmee begint een prompt het best?',
      },
      options: [
        { en: 'A compliment to the model.', nl: 'Een compliment aan het model.' },
        { en: 'The task, with a verb.', nl: 'De taak, met een werkwoord.' },
        { en: 'As much pasted material as possible.', nl: 'Zo veel mogelijk geplakt materiaal.' },
      ],
      answer: 1,
    },
    {
      question: {
        en: 'Which prompt is clearest?',
        nl: 'Welke prompt is het helderst?',
      },
      options: [
        { en: '“Write something about our product.”', nl: '“Schrijf iets over ons product.”' },
        { en: '“Make it good.”', nl: '“Maak het goed.”' },
        {
          en: '“Draft a 100-word product update for existing customers, friendly tone, no prices.”',
          nl: '“Schrijf een productupdate van 100 woorden voor bestaande klanten, vriendelijke toon, zonder prijzen.”',
        },
      ],
      answer: 2,
    },
    {
      question: {
        en: 'The first answer is not right. What is the best next step?',
        nl: 'Het eerste antwoord klopt niet. Wat is de beste volgende stap?',
      },
      options: [
        { en: 'Say what to change and ask again.', nl: 'Zeg wat er anders moet en vraag opnieuw.' },
        { en: 'Give up: AI cannot do this.', nl: 'Opgeven: AI kan dit niet.' },
        { en: 'Send the same prompt again.', nl: 'Dezelfde prompt nog eens sturen.' },
      ],
      answer: 0,
    },
  ],
};

/** How to check an answer. */
export const checkingAnswers: Lesson = {
  id: 'checking-answers',
  source: 'foundation',
  title: { en: 'Checking an answer', nl: 'Een antwoord controleren' },
  minutes: 2,
  paragraphs: [
    {
      en: 'A fluent answer is not a correct answer. Before you use one, decide how much checking it needs: a brainstorm needs little, a figure in a report or advice to a customer needs a lot.',
      nl: 'Een vloeiend antwoord is geen juist antwoord. Bepaal voordat je het gebruikt hoeveel controle het nodig heeft: een brainstorm weinig, een cijfer in een rapport of een advies aan een klant veel.',
    },
    {
      en: 'Ask the model for its sources, then open them: models invent references that look real. Ask it what it is unsure of and what assumptions it made. Ask it to check its own answer against your constraints, or to show its steps so you can follow them.',
      nl: 'Vraag het model om bronnen en open ze: modellen verzinnen verwijzingen die echt lijken. Vraag waar het onzeker over is en welke aannames het deed. Vraag het zijn antwoord te toetsen aan jouw randvoorwaarden, of zijn stappen te laten zien zodat je ze kunt volgen.',
    },
    {
      en: 'Check the claims that matter yourself: numbers against the original data, names and dates against a trusted source, code by running its tests. For important decisions, ask a colleague or a second source.',
      nl: 'Controleer de beweringen die ertoe doen zelf: getallen tegen de oorspronkelijke gegevens, namen en datums tegen een betrouwbare bron, code door de tests te draaien. Vraag bij belangrijke beslissingen een collega of een tweede bron.',
    },
    {
      en: 'Ascent counts how often you ask for checks and sources: it is one of the clearest signs of a fluent AI user.',
      nl: 'Ascent telt hoe vaak je om controles en bronnen vraagt: het is een van de duidelijkste kenmerken van iemand die vaardig met AI werkt.',
    },
  ],
  check: [
    {
      question: {
        en: 'The model gives three references. What do you do?',
        nl: 'Het model geeft drie bronnen. Wat doe je?',
      },
      options: [
        { en: 'Copy them: they look real.', nl: 'Overnemen: ze zien er echt uit.' },
        {
          en: 'Open them and check they say what is claimed.',
          nl: 'Openen en nagaan of ze zeggen wat er beweerd wordt.',
        },
        { en: 'Remove them all.', nl: 'Ze allemaal weghalen.' },
      ],
      answer: 1,
    },
    {
      question: {
        en: 'Which answer needs the most checking?',
        nl: 'Welk antwoord heeft de meeste controle nodig?',
      },
      options: [
        { en: 'Ten ideas for a team outing.', nl: 'Tien ideeën voor een teamuitje.' },
        { en: 'A rewording of your own paragraph.', nl: 'Een herformulering van je eigen alinea.' },
        {
          en: 'A revenue figure for a board report.',
          nl: 'Een omzetcijfer voor een directierapport.',
        },
      ],
      answer: 2,
    },
    {
      question: {
        en: 'Which follow-up helps you judge an answer?',
        nl: 'Welke vervolgvraag helpt je een antwoord te beoordelen?',
      },
      options: [
        {
          en: '“What are you unsure of, and what did you assume?”',
          nl: '“Waar ben je onzeker over, en wat nam je aan?”',
        },
        { en: '“Are you sure?” and nothing more.', nl: '“Weet je het zeker?” en verder niets.' },
        { en: '“Thanks!”', nl: '“Bedankt!”' },
      ],
      answer: 0,
    },
  ],
};
