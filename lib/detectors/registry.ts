import { aiKeyDetector } from './ai-keys';
import { awsDetector } from './aws';
import { beNationalNumberDetector } from './be-national-number';
import { classificationMarkerDetector } from './classification-marker';
import { credentialDetector } from './credentials';
import { deTaxIdDetector } from './de-tax-id';
import { emailDetector } from './email';
import { esDniDetector } from './es-dni';
import { frNirDetector } from './fr-nir';
import { ibanDetector } from './iban';
import { indiaIdDetector } from './in-ids';
import { itCodiceFiscaleDetector } from './it-codice-fiscale';
import { jwtDetector } from './jwt';
import { networkDetector } from './network';
import { nlBsnDetector } from './nl-bsn';
import { passportDetector } from './passport';
import { paymentCardDetector } from './payment-card';
import { phoneDetector } from './phone';
import { privateKeyDetector } from './private-key';
import { serviceTokenDetector } from './service-tokens';
import { sourceTokenDetector } from './source-tokens';
import { ukIdDetector } from './uk-ids';
import { usSsnDetector } from './us-ssn';
import type { Detector } from './types';

/** Every built-in detector family; adding a family means adding a file and a line here. */
export const detectors: Detector[] = [
  aiKeyDetector,
  awsDetector,
  sourceTokenDetector,
  serviceTokenDetector,
  privateKeyDetector,
  jwtDetector,
  credentialDetector,
  paymentCardDetector,
  ibanDetector,
  usSsnDetector,
  ukIdDetector,
  nlBsnDetector,
  beNationalNumberDetector,
  deTaxIdDetector,
  frNirDetector,
  esDniDetector,
  itCodiceFiscaleDetector,
  indiaIdDetector,
  passportDetector,
  emailDetector,
  phoneDetector,
  networkDetector,
  classificationMarkerDetector,
];
