/**
 * Text the demo asks people to paste. Every value is invented: the AWS access key id is
 * random (not AWS's documented placeholder, which detectors rightly ignore) and the card is
 * the well-known Luhn-valid test number.
 */
export const demoSampleText = [
  'Hi! Can you tidy up this note before I send it to the team?',
  'Contact: jane.doe@example.com',
  'Deploy key: AKIAZ7VQ3M5T2XKL9WQP',
  'Card on file: 4111 1111 1111 1111',
].join('\n');
