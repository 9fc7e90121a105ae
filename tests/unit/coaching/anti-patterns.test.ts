import { describe, expect, it } from 'vitest';
import type { AntiPatternId } from '../../../lib/coaching/analyzer';
import { analyze } from './analyze';

interface AntiPatternCase {
  title: string;
  pattern: AntiPatternId;
  text: string;
  present: boolean;
}

const cases: AntiPatternCase[] = [
  {
    title: 'flags a context dump without an instruction',
    pattern: 'no_ask',
    text: 'Our team moved offices last month. Since then the printer keeps jamming and IT says it is the paper. We ordered new paper.',
    present: true,
  },
  {
    title: 'flags a Dutch context dump without an instruction',
    pattern: 'no_ask',
    text: 'Ons team is vorige maand verhuisd. Sindsdien loopt de printer vast en IT zegt dat het aan het papier ligt.',
    present: true,
  },
  {
    title: 'does not flag a prompt that ends with an instruction',
    pattern: 'no_ask',
    text: 'Our printer keeps jamming since the move. List five causes to check, most likely first.',
    present: false,
  },
  {
    title: 'flags "make it better"',
    pattern: 'vague_ask',
    text: 'make it better [draft]',
    present: true,
  },
  {
    title: 'flags "ideas?"',
    pattern: 'vague_ask',
    text: 'ideas?',
    present: true,
  },
  {
    title: 'flags the Dutch "maak het beter"',
    pattern: 'vague_ask',
    text: 'Maak het beter. [tekst]',
    present: true,
  },
  {
    title: 'flags the Dutch "wat vind je ervan?"',
    pattern: 'vague_ask',
    text: 'Wat vind je ervan? [plan]',
    present: true,
  },
  {
    title: 'does not flag an ask that names what to improve',
    pattern: 'vague_ask',
    text: 'Shorten the intro below to two sentences and cut the jargon. [intro]',
    present: false,
  },
  {
    title: 'flags short and detailed at once',
    pattern: 'contradictory_constraints',
    text: 'Write a very short but detailed and comprehensive overview of our pricing.',
    present: true,
  },
  {
    title: 'flags formal and casual at once in Dutch',
    pattern: 'contradictory_constraints',
    text: 'Schrijf een formele maar ook luchtige en informele uitnodiging voor de borrel.',
    present: true,
  },
  {
    title: 'flags a minimum above the maximum',
    pattern: 'contradictory_constraints',
    text: 'Write the bio in at most 50 words and at least 200 words.',
    present: true,
  },
  {
    title: 'does not flag one consistent length',
    pattern: 'contradictory_constraints',
    text: 'Write a short bio of at most 50 words.',
    present: false,
  },
  {
    title: 'flags a repeated sentence',
    pattern: 'repeated_text',
    text: 'The report is late. The client is angry. The report is late. Write an apology.',
    present: true,
  },
  {
    title: 'flags repetition in Dutch',
    pattern: 'repeated_text',
    text: 'Het rapport is te laat. De klant is boos. Het rapport is te laat. Schrijf een excuus.',
    present: true,
  },
  {
    title: 'does not flag distinct sentences',
    pattern: 'repeated_text',
    text: 'The report is late because the data came in on Friday. Write a short apology to the client.',
    present: false,
  },
  {
    title: 'flags compliments in place of specifics',
    pattern: 'filler_flattery',
    text: 'You are amazing and so smart, thank you so much in advance! Write my cover letter.',
    present: true,
  },
  {
    title: 'flags Dutch compliments in place of specifics',
    pattern: 'filler_flattery',
    text: 'Je bent geweldig, echt briljant, alvast bedankt! Schrijf mijn sollicitatiebrief.',
    present: true,
  },
  {
    title: 'does not flag a single thank-you',
    pattern: 'filler_flattery',
    text: 'Write a cover letter for a junior data analyst role at a bank, one page. Thanks!',
    present: false,
  },
  {
    title: 'flags prompting buzzwords without substance',
    pattern: 'keyword_stuffing',
    text: 'Act as a world-class expert. Think step by step and give a detailed, comprehensive, high quality answer.',
    present: true,
  },
  {
    title: 'flags Dutch prompting buzzwords without substance',
    pattern: 'keyword_stuffing',
    text: 'Handel als expert van wereldklasse. Denk stap voor stap en geef een uitgebreid, gedetailleerd en professioneel antwoord.',
    present: true,
  },
  {
    title: 'does not flag one buzzword in a substantive prompt',
    pattern: 'keyword_stuffing',
    text: 'Give a detailed comparison of the 2024 and 2025 holiday rosters for the Utrecht warehouse, per shift.',
    present: false,
  },
];

describe('prompt anti-patterns', () => {
  for (const row of cases) {
    it(row.title, () => {
      expect(analyze(row.text).antiPatterns.includes(row.pattern)).toBe(row.present);
    });
  }

  it('scores a rambling prompt without an ask below a short precise one', () => {
    const rambling = analyze(
      'So we have this customer, a big one, they have been with us for years and they buy ' +
        'a lot, mostly the premium plan, and last month they had an outage and they were not ' +
        'happy, and the account manager is on holiday, and there is a renewal coming up in ' +
        'March, and the contract value is around 80,000 euros, and legal has been involved.',
    );
    const precise = analyze('Draft a three-line apology to our client for last month’s outage.');

    expect(precise.score).toBeGreaterThan(rambling.score);
  });
});
