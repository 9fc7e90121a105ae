import { describe, expect, it } from 'vitest';
import { buildIbanLengths, buildPhoneMetadata } from '../../../lib/cli/generate-detector-data';
import ibanLengths from '../../../lib/detectors/iban-lengths.json';
import phoneMetadata from '../../../lib/detectors/phone-metadata.json';

describe('generated detector data', () => {
  it('keeps the trimmed phone metadata in step with libphonenumber-js', () => {
    expect(phoneMetadata).toEqual(JSON.parse(JSON.stringify(buildPhoneMetadata())));
  });

  it('keeps the IBAN lengths in step with ibantools', () => {
    expect(ibanLengths).toEqual(buildIbanLengths());
  });
});
