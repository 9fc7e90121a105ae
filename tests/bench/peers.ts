/** The scanners Ascent is compared with, through their in-process APIs. */
import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { OpenRedaction } from 'openredaction';
import { scanText } from '../../lib/detectors/index';
import type { ScoredFinding } from './score';

export interface Scanner {
  name: string;
  /** Categories the scanner claims to cover; others print "n/a". */
  covers: string[];
  scan(text: string): Promise<ScoredFinding[]>;
}

export const ascent: Scanner = {
  name: 'Ascent',
  covers: ['secret', 'financial', 'government_id', 'contact', 'network', 'confidential'],
  scan: async (text) => scanText(text),
};

const secretlintConfig = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }],
};

/** secretlint looks for credentials only, so every message is a secret. */
export const secretlint: Scanner = {
  name: 'secretlint',
  covers: ['secret'],
  scan: async (text) => {
    const result = await lintSource({
      source: { filePath: '/corpus.txt', content: text, ext: '.txt', contentType: 'text' },
      options: { config: secretlintConfig, maskSecrets: false },
    });
    return result.messages.map((message) => ({
      category: 'secret',
      start: message.range[0],
      end: message.range[1],
    }));
  },
};

// openredaction types are upper-case names; map them onto our categories by keyword.
const openRedactionCategories: [RegExp, string][] = [
  [/EMAIL|PHONE|MOBILE|FAX|TELEPHONE/, 'contact'],
  [/IPV?4|IPV6|IP_ADDRESS|MAC_ADDRESS|^IP$/, 'network'],
  [/KEY|TOKEN|SECRET|PASSWORD|JWT|CREDENTIAL|CONNECTION|WEBHOOK|PRIVATE/, 'secret'],
  [/IBAN|CARD|BANK|ACCOUNT|SWIFT|BIC|ROUTING|SORT_CODE/, 'financial'],
  [
    /SSN|BSN|NINO|NHS|NATIONAL|INSURANCE|PASSPORT|TAX|NIR|DNI|NIE|FISCAL|AADHAAR|PAN|ID_CARD|CODICE|STEUER|RIJKSREGISTER|SOCIAL/,
    'government_id',
  ],
  [/CONFIDENTIAL|CLASSIFICATION/, 'confidential'],
];

export function openRedactionCategory(type: string): string {
  return openRedactionCategories.find(([pattern]) => pattern.test(type))?.[1] ?? 'other';
}

const redactor = new OpenRedaction({});

export const openRedaction: Scanner = {
  name: 'openredaction',
  covers: ['secret', 'financial', 'government_id', 'contact', 'network'],
  scan: async (text) => {
    const result = await redactor.detect(text);
    return result.detections.map((detection: { type: string; position: [number, number] }) => ({
      category: openRedactionCategory(detection.type),
      start: detection.position[0],
      end: detection.position[1],
    }));
  },
};
