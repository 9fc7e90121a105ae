import { describe, expect, it } from 'vitest';
import type { DimensionId } from '../../../lib/coaching/analyzer';
import { analyze } from './analyze';

interface DimensionCase {
  title: string;
  dimension: DimensionId;
  text: string;
  /** Value the dimension reaches at least; omitted when the case expects a low value. */
  atLeast?: number;
  /** Value the dimension stays at or below. */
  atMost?: number;
}

const cases: DimensionCase[] = [
  {
    title: 'rates a specific instruction as a clear task',
    dimension: 'task_clarity',
    text: 'Write a thank-you e-mail to the 12 volunteers who ran our Saturday food bank.',
    atLeast: 0.75,
  },
  {
    title: 'rates a Dutch instruction as a clear task',
    dimension: 'task_clarity',
    text: 'Schrijf een bedankmail aan de 12 vrijwilligers van de voedselbank van zaterdag.',
    atLeast: 0.75,
  },
  {
    title: 'finds no task in a statement of facts',
    dimension: 'task_clarity',
    text: 'The quarterly numbers are in and the sales team missed its target.',
    atMost: 0,
  },
  {
    title: 'finds no task in a Dutch statement of facts',
    dimension: 'task_clarity',
    text: 'De kwartaalcijfers zijn binnen en het verkoopteam heeft zijn doel niet gehaald.',
    atMost: 0,
  },
  {
    title: 'credits audience and purpose',
    dimension: 'context_audience',
    text: 'Explain our refund rules for customers who bought before May, so that fewer of them call us.',
    atLeast: 0.7,
  },
  {
    title: 'credits a Dutch audience and purpose',
    dimension: 'context_audience',
    text: 'Leg de retourregels uit voor klanten die voor mei kochten, zodat ze minder bellen.',
    atLeast: 0.7,
  },
  {
    title: 'gives no context credit to a bare ask',
    dimension: 'context_audience',
    text: 'Explain the refund rules.',
    atMost: 0,
  },
  {
    title: 'credits a specific persona',
    dimension: 'role_persona',
    text: 'You are a tax adviser for Dutch freelancers. List the deductions I may have missed.',
    atLeast: 1,
  },
  {
    title: 'credits a specific Dutch persona',
    dimension: 'role_persona',
    text: 'Je bent belastingadviseur voor zzp-ers. Noem de aftrekposten die ik mis.',
    atLeast: 0.7,
  },
  {
    title: 'gives little credit to a generic expert persona',
    dimension: 'role_persona',
    text: 'Act as an expert. List the deductions I may have missed.',
    atMost: 0.25,
  },
  {
    title: 'does not read "you are not sure" as a persona',
    dimension: 'role_persona',
    text: 'List the deductions and say where you are not sure of the rules.',
    atMost: 0,
  },
  {
    title: 'credits a shape and a length for the answer',
    dimension: 'output_format',
    text: 'Compare the two laptops in a table with at most five rows.',
    atLeast: 1,
  },
  {
    title: 'credits a Dutch shape and length',
    dimension: 'output_format',
    text: 'Vergelijk de twee laptops in een tabel van hooguit vijf regels.',
    atLeast: 1,
  },
  {
    title: 'gives no format credit when the shape is left open',
    dimension: 'output_format',
    text: 'Compare the two laptops.',
    atMost: 0,
  },
  {
    title: 'credits tone, scope and a hard requirement',
    dimension: 'constraints',
    text: 'Draft the invitation in a friendly tone, do not mention prices, and send it before Friday.',
    atLeast: 1,
  },
  {
    title: 'credits Dutch tone, scope and a hard requirement',
    dimension: 'constraints',
    text: 'Schrijf de uitnodiging in een vriendelijke toon, noem geen prijzen, budget 200 euro.',
    atLeast: 1,
  },
  {
    title: 'credits an example of the wanted result',
    dimension: 'examples',
    text: 'Suggest product names in the style of "Fresh Fold" or "Quick Crate".',
    atLeast: 1,
  },
  {
    title: 'credits a Dutch example',
    dimension: 'examples',
    text: 'Bedenk productnamen, bijvoorbeeld zoiets als Vouwvers.',
    atLeast: 1,
  },
  {
    title: 'gives half credit for pasted material without an example',
    dimension: 'examples',
    text: 'Summarise the minutes below. [minutes]',
    atLeast: 0.5,
    atMost: 0.5,
  },
  {
    title: 'credits ordered steps',
    dimension: 'decomposition',
    text: 'First list the open risks, then rank them by impact, and finally propose an owner for each.',
    atLeast: 1,
  },
  {
    title: 'credits ordered Dutch steps',
    dimension: 'decomposition',
    text: 'Noem eerst de open risico’s, rangschik ze daarna op impact en stel tot slot per risico een eigenaar voor.',
    atLeast: 1,
  },
  {
    title: 'does not count "step by step" as a plan',
    dimension: 'decomposition',
    text: 'Think step by step about the risks.',
    atMost: 0,
  },
  {
    title: 'credits asking for sources and uncertainty',
    dimension: 'verification',
    text: 'Explain the new EU AI Act duties for deployers, cite the articles, and say where you are unsure.',
    atLeast: 1,
  },
  {
    title: 'credits Dutch sources and uncertainty',
    dimension: 'verification',
    text: 'Leg de nieuwe plichten uit de AI-verordening uit, noem je bronnen en geef aan waar je twijfelt.',
    atLeast: 1,
  },
  {
    title: 'does not read a t-test as a request for tests',
    dimension: 'verification',
    text: 'Explain when to use a t-test.',
    atMost: 0,
  },
];

describe('prompt dimensions', () => {
  for (const row of cases) {
    it(row.title, () => {
      const { value } = analyze(row.text).dimensions[row.dimension];

      if (row.atLeast !== undefined) expect(value).toBeGreaterThanOrEqual(row.atLeast);
      if (row.atMost !== undefined) expect(value).toBeLessThanOrEqual(row.atMost);
    });
  }

  it('gives every dimension a one-line reason in the prompt language', () => {
    const dutch = analyze('Schrijf een korte mail aan het team over de verhuizing.');

    for (const { reason } of Object.values(dutch.dimensions)) {
      expect(reason).not.toContain('\n');
      expect(reason).toMatch(/\b(?:de|het|een|geen|niet|of)\b/);
    }
  });
});
