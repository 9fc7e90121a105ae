import { defineType, findMatches, looksRandom } from './match';
import type { Detector, Finding } from './types';

const slackTokenType = defineType('slack_token', 'secret', 'Slack token', 'Slack-token');
const slackWebhookType = defineType(
  'slack_webhook',
  'secret',
  'Slack webhook URL',
  'Slack-webhook-URL',
);
const stripeType = defineType(
  'stripe_live_key',
  'secret',
  'Stripe live secret key',
  'Geheime Stripe-livesleutel',
);
const googleType = defineType('google_api_key', 'secret', 'Google API key', 'Google-API-sleutel');
const twilioType = defineType('twilio_api_key', 'secret', 'Twilio API key', 'Twilio-API-sleutel');
const sendgridType = defineType(
  'sendgrid_api_key',
  'secret',
  'SendGrid API key',
  'SendGrid-API-sleutel',
);
const shopifyType = defineType(
  'shopify_token',
  'secret',
  'Shopify access token',
  'Shopify-toegangstoken',
);
const azureType = defineType(
  'azure_storage_connection_string',
  'secret',
  'Azure storage connection string',
  'Azure-opslagverbindingsreeks',
);

// TODO [2027-01-15]: short documentation tokens like `xoxb-1234-5678-abcd` are still reported.
// Bot, user, app-level, refresh and legacy workspace tokens: xoxb-, xoxp-, xoxa-, xoxr-, xoxe-, xoxs-.
const slackTokenPattern =
  /(?<![A-Za-z0-9_-])xox[abeprs]-(?:\d+-)?[A-Za-z0-9-]{10,}(?![A-Za-z0-9_-])/g;
const slackWebhookPattern =
  /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/g;
// Only secret (sk_) and restricted (rk_) live keys: publishable pk_ keys are public by design.
const stripePattern = /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,}(?![A-Za-z0-9_])/g;
const googlePattern = /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g;
// TODO [2027-01-15]: only API key SIDs (SK...) are reported; account SIDs (AC + 32 hex) and auth
// tokens after a Twilio key name are not.
const twilioPattern = /(?<![A-Za-z0-9_])SK[0-9a-f]{32}(?![A-Za-z0-9_])/g;
const sendgridPattern =
  /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
// Admin API, custom-app, private-app and shared-secret tokens: 32 hex characters.
const shopifyPattern = /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/g;
const azurePattern =
  /(?:DefaultEndpointsProtocol=https?;)?AccountName=[A-Za-z0-9]{3,24};AccountKey=([A-Za-z0-9+/]{40,100}={0,2})(?:;EndpointSuffix=[\w.]+)?/g;

const fixedFormat = (match: RegExpExecArray) =>
  looksRandom(match[0]) ? { confidence: 0.97 } : undefined;

/** Tokens of SaaS services, recognised by their fixed prefixes and lengths. */
export const serviceTokenDetector: Detector = {
  id: 'service-tokens',
  trigger:
    /xox[abeprs]-|hooks\.slack\.com|[sr]k_live_|AIza|SK[0-9a-f]|SG\.|shp(?:at|ca|pa|ss)_|AccountKey=/,
  types: [
    slackTokenType,
    slackWebhookType,
    stripeType,
    googleType,
    twilioType,
    sendgridType,
    shopifyType,
    azureType,
  ],
  detect: (text): Finding[] => [
    ...findMatches(text, slackTokenPattern, slackTokenType, fixedFormat),
    ...findMatches(text, slackWebhookPattern, slackWebhookType, fixedFormat),
    ...findMatches(text, stripePattern, stripeType, fixedFormat),
    ...findMatches(text, googlePattern, googleType, fixedFormat),
    ...findMatches(text, twilioPattern, twilioType, fixedFormat),
    ...findMatches(text, sendgridPattern, sendgridType, fixedFormat),
    ...findMatches(text, shopifyPattern, shopifyType, fixedFormat),
    ...findMatches(text, azurePattern, azureType, (match) =>
      looksRandom(match[1]!) ? { confidence: 0.98 } : undefined,
    ),
  ],
};
