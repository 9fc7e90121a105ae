import { defineAnchors, findAtAnchors } from './anchors';
import { defineType, findMatches, looksRandom } from './match';
import type { Detector, Finding } from './types';

const slackTokenType = defineType('slack_token', 'secret');
const slackWebhookType = defineType('slack_webhook', 'secret');
const stripeType = defineType('stripe_live_key', 'secret');
const googleType = defineType('google_api_key', 'secret');
const twilioType = defineType('twilio_api_key', 'secret');
const twilioAccountType = defineType('twilio_account_sid', 'secret');
const twilioAuthType = defineType('twilio_auth_token', 'secret');
const sendgridType = defineType('sendgrid_api_key', 'secret');
const shopifyType = defineType('shopify_token', 'secret');
const azureType = defineType('azure_storage_connection_string', 'secret');

// Bot, user, app-level, refresh and legacy workspace tokens: xoxb-, xoxp-, xoxa-, xoxr-, xoxe-,
// xoxs-, and Socket Mode app-level tokens: xapp-.
const slackTokenPattern =
  /(?<![A-Za-z0-9_-])(?:xox[abeprs]|xapp)-(?:\d+-)?[A-Za-z0-9-]{10,}(?![A-Za-z0-9_-])/y;
const slackWebhookPattern =
  /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/y;
// Only secret (sk_) and restricted (rk_) live keys, as the issue asks: publishable pk_ keys
// are public by design, and test-mode keys (sk_test_) reach no real data or money.
const stripePattern = /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,}(?![A-Za-z0-9_])/y;
const googlePattern = /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/y;
// API key SIDs (SK) and account SIDs (AC) are 32 hex characters after their prefix; an auth
// token is 32 bare hex characters, so only a Twilio key name in front of it tells.
const twilioPattern = /(?<![A-Za-z0-9_])SK[0-9a-f]{32}(?![A-Za-z0-9_])/y;
const twilioAccountPattern = /(?<![A-Za-z0-9_])AC[0-9a-f]{32}(?![A-Za-z0-9_])/y;
const twilioAuthPattern =
  /twilio[\w .-]{0,24}?(?:auth[_ -]?token|token|secret)["']?\s*(?:[:=]|\bis\b)\s*["']?([0-9a-f]{32})(?![0-9A-Za-z])/gi;
const sendgridPattern =
  /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/y;
// Admin API, custom-app, private-app and shared-secret tokens: 32 hex characters.
const shopifyPattern = /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/y;
const azurePattern =
  /(?:DefaultEndpointsProtocol=https?;)?AccountName=[A-Za-z0-9]{3,24};AccountKey=([A-Za-z0-9+/]{40,100}={0,2})(?:;EndpointSuffix=[\w.]+)?/y;

const fixedFormat = (match: RegExpExecArray) =>
  looksRandom(match[0]) ? { confidence: 0.97 } : undefined;

// Issued Slack tokens carry two long numeric ids and a long random part; documentation
// shortens them (`xoxb-1234-5678-abcd`, `xoxp-123-456-789-abc`).
const slackFormat = (match: RegExpExecArray) =>
  match[0].length >= 30 ? fixedFormat(match) : undefined;

function validateTwilioAuth(match: RegExpExecArray) {
  const value = match[1]!;
  if (!looksRandom(value)) return undefined;

  const end = match.index + match[0].length;
  return { start: end - value.length, end, confidence: 0.9 };
}

// Every token starts with a fixed prefix; one scan finds them all (see findAtAnchors). The
// prefixes cannot overlap one another where a pattern could match: each pattern refuses a
// letter right before it, and the webhook's `https` follows no prefix's last letters.
const anchoredTokens = defineAnchors([
  { anchor: 'xox', pattern: slackTokenPattern, info: slackTokenType, validate: slackFormat },
  { anchor: 'xapp-', pattern: slackTokenPattern, info: slackTokenType, validate: slackFormat },
  {
    anchor: 'https://hooks\\.slack\\.com/',
    pattern: slackWebhookPattern,
    info: slackWebhookType,
    validate: fixedFormat,
  },
  {
    anchor: 'k_live_',
    leads: [1],
    pattern: stripePattern,
    info: stripeType,
    validate: fixedFormat,
  },
  { anchor: 'AIza', pattern: googlePattern, info: googleType, validate: fixedFormat },
  { anchor: 'SK', pattern: twilioPattern, info: twilioType, validate: fixedFormat },
  { anchor: 'AC', pattern: twilioAccountPattern, info: twilioAccountType, validate: fixedFormat },
  { anchor: 'SG\\.', pattern: sendgridPattern, info: sendgridType, validate: fixedFormat },
  { anchor: 'shp', pattern: shopifyPattern, info: shopifyType, validate: fixedFormat },
  // The optional `DefaultEndpointsProtocol=https;` (31 characters) or `=http;` (30) first.
  {
    anchor: 'AccountName=',
    leads: [31, 30, 0],
    pattern: azurePattern,
    info: azureType,
    // devstoreaccount1 is the storage emulator's account: its key is published by Microsoft.
    validate: (match) =>
      looksRandom(match[1]!) && !match[0].includes('devstoreaccount1')
        ? { confidence: 0.98 }
        : undefined,
  },
]);

/** Tokens of SaaS services, recognised by their fixed prefixes and lengths. */
export const serviceTokenDetector: Detector = {
  id: 'service-tokens',
  trigger:
    /xox[abeprs]-|xapp-|hooks\.slack\.com|[sr]k_live_|AIza|SK[0-9a-f]|AC[0-9a-f]|[Tt]wilio|TWILIO|SG\.|shp(?:at|ca|pa|ss)_|AccountKey=/,
  types: [
    slackTokenType,
    slackWebhookType,
    stripeType,
    googleType,
    twilioType,
    twilioAccountType,
    twilioAuthType,
    sendgridType,
    shopifyType,
    azureType,
  ],
  detect: (text): Finding[] => {
    const found = findAtAnchors(text, anchoredTokens);
    // A twilio auth token is known by its key name, in any case: a scan of its own, listed
    // after the account ids as before.
    const twilioAuth = findMatches(text, twilioAuthPattern, twilioAuthType, validateTwilioAuth);
    return [...found.slice(0, 6), twilioAuth, ...found.slice(6)].flat();
  },
};
