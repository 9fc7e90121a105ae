import type { Language } from './types';

// Common function words that belong to one language only; words both languages share
// ("in", "is", "we", "me", "over") would only add noise.
const dutchWords = new Set(
  (
    'de het een en van ik je jij u niet dat die voor met op zijn naar wat hoe geen ook maar ' +
    'om te dit deze wij onze ons mijn graag kun kunt welke hieronder zodat bij uit aan als ' +
    'wel er nog of dan wordt worden heb hebben moet moeten zou zal mag waarom wanneer waar ' +
    'alsjeblieft alstublieft bedankt schrijf maak geef vat leg per elk elke ieder klant klanten'
  ).split(' '),
);

const englishWords = new Set(
  (
    'the a an and of to for with on that this it you your my our what how not no which ' +
    'below should from at by be are was were can could would will please write make give ' +
    'each about into than then them they their there these those do does have has why when ' +
    'where who thanks i'
  ).split(' '),
);

/** The prompt's language, from its function words; English when it cannot tell. */
export function detectLanguage(words: readonly string[]): Language {
  let dutch = 0;
  let english = 0;

  for (const word of words) {
    if (dutchWords.has(word)) dutch += 1;
    else if (englishWords.has(word)) english += 1;
  }

  // Dutch-specific letters tip a short prompt ("ideeën?") that has no function words.
  if (dutch === english && words.some((word) => /ij|ë|aa|oe|ui/.test(word))) dutch += 0.5;

  return dutch > english ? 'nl' : 'en';
}
