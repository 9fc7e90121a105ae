import type { Lesson } from './types';

/** What a language model is and is not. */
export const whatAiIs: Lesson = {
  id: 'what-ai-is',
  source: 'foundation',
  title: { en: 'What a language model is, and is not', nl: 'Wat een taalmodel is, en niet is' },
  minutes: 2,
  paragraphs: [
    {
      en: 'A chat tool such as ChatGPT, Copilot, Claude or Gemini runs on a large language model. It was trained on a huge amount of text to predict, word by word, what is likely to come next. That is all it does, but at a scale that makes its answers sound fluent and sure.',
      nl: 'Een chattool zoals ChatGPT, Copilot, Claude of Gemini draait op een groot taalmodel. Het is getraind op enorm veel tekst om woord voor woord te voorspellen wat waarschijnlijk volgt. Meer doet het niet, maar op zo’n schaal dat de antwoorden vloeiend en zeker klinken.',
    },
    {
      en: 'A model does not look facts up unless the tool gives it a search step, and it does not know what it does not know. When the likely-sounding answer is wrong, it still sounds sure: this is called a hallucination. Names, numbers, quotes and sources are where it happens most.',
      nl: 'Een model zoekt geen feiten op, tenzij de tool het een zoekstap geeft, en het weet niet wat het niet weet. Klinkt een fout antwoord waarschijnlijk, dan klinkt het nog steeds zeker: dat heet een hallucinatie. Namen, getallen, citaten en bronnen zijn de plekken waar het het vaakst gebeurt.',
    },
    {
      en: 'A model has no memory of you beyond the conversation (and any memory feature you switch on), and it has no intentions. It is good at drafting, rephrasing, summarising, explaining and exploring options; it is weak at exact facts, recent events and arithmetic it cannot check.',
      nl: 'Een model onthoudt niets van jou buiten het gesprek (en een geheugenfunctie die je zelf aanzet), en het heeft geen bedoelingen. Het is goed in opzetten, herformuleren, samenvatten, uitleggen en opties verkennen; het is zwak in exacte feiten, recente gebeurtenissen en rekenwerk dat het niet kan controleren.',
    },
    {
      en: 'So treat it as a fast, well-read assistant that you direct and whose work you check, not as an oracle. You stay responsible for what you use.',
      nl: 'Zie het dus als een snelle, belezen assistent die jij aanstuurt en wiens werk jij controleert, niet als een orakel. Jij blijft verantwoordelijk voor wat je gebruikt.',
    },
  ],
  check: [
    {
      question: {
        en: 'What does a language model do when it answers?',
        nl: 'Wat doet een taalmodel als het antwoordt?',
      },
      options: [
        {
          en: 'It looks the answer up in a database of facts.',
          nl: 'Het zoekt het antwoord op in een database met feiten.',
        },
        {
          en: 'It predicts likely text, word by word.',
          nl: 'Het voorspelt waarschijnlijke tekst, woord voor woord.',
        },
        {
          en: 'It reasons like a person and knows when it is unsure.',
          nl: 'Het redeneert als een mens en weet wanneer het onzeker is.',
        },
      ],
      answer: 1,
    },
    {
      question: {
        en: 'Where is a hallucination most likely?',
        nl: 'Waar is een hallucinatie het meest waarschijnlijk?',
      },
      options: [
        {
          en: 'In names, numbers, quotes and sources.',
          nl: 'In namen, getallen, citaten en bronnen.',
        },
        { en: 'Only in very long answers.', nl: 'Alleen in heel lange antwoorden.' },
        {
          en: 'Nowhere, if the answer sounds confident.',
          nl: 'Nergens, als het antwoord zeker klinkt.',
        },
      ],
      answer: 0,
    },
    {
      question: {
        en: 'Who is responsible for an answer you use in your work?',
        nl: 'Wie is verantwoordelijk voor een antwoord dat je in je werk gebruikt?',
      },
      options: [
        { en: 'The AI vendor.', nl: 'De leverancier van de AI.' },
        { en: 'Nobody: it was generated.', nl: 'Niemand: het is gegenereerd.' },
        { en: 'You are.', nl: 'Jij.' },
      ],
      answer: 2,
    },
  ],
};

/** Which data never goes into a chat tool, and why. */
export const dataThatStaysOut: Lesson = {
  id: 'data-that-stays-out',
  source: 'foundation',
  title: {
    en: 'Data that never goes into a chat tool',
    nl: 'Gegevens die nooit in een chattool horen',
  },
  minutes: 2,
  paragraphs: [
    {
      en: 'What you type or paste into a chat tool leaves your organisation. Depending on the tool and the contract, it may be stored, read by the vendor’s staff for abuse checks, or used to train future models. Once sent, you cannot take it back.',
      nl: 'Wat je in een chattool typt of plakt, verlaat je organisatie. Afhankelijk van de tool en het contract wordt het bewaard, door medewerkers van de leverancier gelezen bij misbruikcontroles, of gebruikt om nieuwe modellen te trainen. Eenmaal verstuurd krijg je het niet terug.',
    },
    {
      en: 'Never paste secrets: passwords, API keys, tokens, private keys. Anyone who reads them can use them at once. Keep out personal data of customers and colleagues (names with contact details, national ID numbers, health data) and financial data such as card numbers and bank accounts.',
      nl: 'Plak nooit geheimen: wachtwoorden, API-sleutels, tokens, privésleutels. Wie ze leest, kan ze meteen gebruiken. Houd persoonsgegevens van klanten en collega’s buiten de chat (namen met contactgegevens, BSN’s, gezondheidsgegevens) en financiële gegevens zoals kaart- en rekeningnummers.',
    },
    {
      en: 'Documents marked confidential, contracts under negotiation and unreleased plans stay out too, unless your organisation approved the tool for exactly that. Your organisation’s rules decide; Ascent warns, redacts or blocks as those rules say.',
      nl: 'Documenten gemarkeerd als vertrouwelijk, contracten in onderhandeling en onaangekondigde plannen blijven ook buiten, tenzij je organisatie de tool juist daarvoor heeft goedgekeurd. De regels van je organisatie beslissen; Ascent waarschuwt, maskeert of blokkeert zoals die regels zeggen.',
    },
    {
      en: 'You rarely need the real values: replace them with placeholders such as [CUSTOMER] or [IBAN], describe the shape of the data, or make up an example.',
      nl: 'De echte waarden heb je zelden nodig: vervang ze door plaatshouders zoals [KLANT] of [IBAN], beschrijf de vorm van de gegevens, of verzin een voorbeeld.',
    },
  ],
  check: [
    {
      question: { en: 'Which of these may you paste?', nl: 'Wat mag je plakken?' },
      options: [
        { en: 'An API key, to debug faster.', nl: 'Een API-sleutel, om sneller te debuggen.' },
        {
          en: 'A customer list with e-mail addresses.',
          nl: 'Een klantenlijst met e-mailadressen.',
        },
        {
          en: 'The same text with [CUSTOMER] placeholders.',
          nl: 'Dezelfde tekst met [KLANT]-plaatshouders.',
        },
      ],
      answer: 2,
    },
    {
      question: {
        en: 'Why is a leaked secret worse than most other data?',
        nl: 'Waarom is een gelekt geheim erger dan de meeste andere gegevens?',
      },
      options: [
        {
          en: 'Anyone who reads it can use it at once.',
          nl: 'Wie het leest, kan het meteen gebruiken.',
        },
        { en: 'It is longer.', nl: 'Het is langer.' },
        { en: 'It is not worse.', nl: 'Het is niet erger.' },
      ],
      answer: 0,
    },
    {
      question: {
        en: 'Who decides which data may go into which tool?',
        nl: 'Wie bepaalt welke gegevens in welke tool mogen?',
      },
      options: [
        { en: 'The AI tool itself.', nl: 'De AI-tool zelf.' },
        { en: 'Your organisation’s rules.', nl: 'De regels van je organisatie.' },
        { en: 'Whoever is in a hurry.', nl: 'Wie haast heeft.' },
      ],
      answer: 1,
    },
  ],
};
