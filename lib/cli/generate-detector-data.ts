/**
 * Node-only build step (not a command): writes the data files lib/detectors bundles instead of whole
 * libraries, so the content script stays small.
 * - `calling-codes.json`: every country calling code, for international numbers elsewhere.
 * - `phone-metadata.json`: libphonenumber's "max" metadata for the regions Ascent validates,
 *   without the formatting rules that only formatting reads (the content script's budget).
 * - `iban-lengths.json`: IBAN length per country, from ibantools' country specifications.
 * Run `npx tsx lib/cli/generate-detector-data.ts` after upgrading either library; a
 * unit test fails while a committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countrySpecs } from 'ibantools';
import { format } from 'prettier';

import { phoneRegions } from './phone-regions';

interface MetadataJson {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/**
 * Where a region's number formats sit in the compact (version 4) metadata array. Only
 * libphonenumber's formatters and as-you-type read them; parsing and `isValid` do not.
 */
const formatsField = 4;

/** A region's metadata without its number formats (0 is the compact form of absent). */
function withoutFormats(fields: unknown[]): unknown[] {
  return fields.map((value, index) => (index === formatsField ? 0 : value));
}

/** The full metadata reduced to `phoneRegions`, for validation only. */
export function buildPhoneMetadata(): MetadataJson {
  const full = createRequire(import.meta.url)(
    'libphonenumber-js/metadata.max.json',
  ) as MetadataJson;
  // Another layout would put a field Ascent needs where the formats were.
  if (full.version !== 4) throw new Error(`unexpected phone metadata version ${full.version}`);

  const callingCodes: Record<string, string[]> = {};

  for (const [code, regions] of Object.entries(full.country_calling_codes)) {
    // The first region of a calling code is its main one; keep that order for the rest.
    const kept = regions.filter((region) => phoneRegions.includes(region));
    if (kept.length > 0 && phoneRegions.includes(regions[0]!)) callingCodes[code] = kept;
  }

  const countries = Object.fromEntries(
    phoneRegions.map((region) => [region, withoutFormats(full.countries[region] as unknown[])]),
  );
  return {
    version: full.version,
    country_calling_codes: callingCodes,
    countries,
    nonGeographic: {},
  };
}

/**
 * Every country calling code libphonenumber knows, for numbers of regions whose full rules
 * the content script does not carry: a `+CC` from this list makes an international number.
 */
export function buildCallingCodes(): string[] {
  const full = createRequire(import.meta.url)(
    'libphonenumber-js/metadata.max.json',
  ) as MetadataJson;
  return Object.keys(full.country_calling_codes).sort((a, b) => Number(a) - Number(b));
}

/** Every country that issues IBANs, with its fixed IBAN length. */
export function buildIbanLengths(): Record<string, number> {
  const lengths: Record<string, number> = {};
  for (const [country, spec] of Object.entries(countrySpecs)) {
    if (spec.chars) lengths[country] = spec.chars;
  }

  return lengths;
}

if (process.argv[1]?.endsWith('generate-detector-data.ts')) {
  // Formatted like every other file so `prettier --check .` stays clean.
  const write = async (name: string, data: unknown) => {
    const text = await format(JSON.stringify(data), { parser: 'json', printWidth: 100 });
    writeFileSync(new URL(`../detectors/${name}`, import.meta.url), text);
  };
  await write('phone-metadata.json', buildPhoneMetadata());
  await write('iban-lengths.json', buildIbanLengths());
  await write('calling-codes.json', buildCallingCodes());
}
