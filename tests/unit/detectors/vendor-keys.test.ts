import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const anthropicKey = `sk-ant-api03-${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hJ7kL9mN1pQ3r'}AA`;
const table: [string, DetectorCase][] = [
  [
    'openai_api_key',
    {
      title: 'flags an OpenAI project key',
      text: 'OPENAI_API_KEY=sk-proj-Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1T3BlbkFJ',
      value: 'sk-proj-Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1T3BlbkFJ',
    },
  ],
  [
    'openai_api_key',
    {
      title: 'flags a legacy OpenAI key with the T3BlbkFJ marker',
      text: 'key 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 ok',
      value: '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',
    },
  ],
  [
    'openai_api_key',
    { title: 'does not flag an elided key in documentation', text: 'set it to sk-... first' },
  ],
  [
    'anthropic_api_key',
    {
      title: 'flags an Anthropic key',
      text: `ANTHROPIC_API_KEY=${anthropicKey}`,
      value: anthropicKey,
    },
  ],
  [
    'huggingface_token',
    {
      title: 'flags a Hugging Face token',
      text: 'HF_TOKEN=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',
      value: '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',
    },
  ],
  [
    'slack_token',
    {
      title: 'flags a Slack bot token',
      text: 'xoxb-482915730264-7730192846551-Qm4ZtR8vKp2WxL9nHc6YdJ3s',
      value: 'xoxb-482915730264-7730192846551-Qm4ZtR8vKp2WxL9nHc6YdJ3s',
    },
  ],
  [
    'slack_token',
    {
      title: "does not flag Slack's documentation example (counting runs)",
      text: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
    },
  ],
  [
    'slack_token',
    { title: 'does not flag a Slack token placeholder', text: 'SLACK_BOT_TOKEN=xoxb-your-token' },
  ],
  [
    'slack_webhook',
    {
      title: 'flags a Slack webhook URL',
      text: 'POST https://hooks.slack.com/services/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',
      value: 'https://hooks.slack.com/services/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',
    },
  ],
  [
    'stripe_live_key',
    {
      title: 'flags a Stripe live secret key',
      text: 'sk_live_51Hx9QmZ2pL7rT1wY8bNc4Vd',
      value: 'sk_live_51Hx9QmZ2pL7rT1wY8bNc4Vd',
    },
  ],
  [
    'stripe_live_key',
    {
      title: 'does not flag a Stripe test or publishable key',
      text: 'sk_test_51Hx9QmZ2pL7rT1wY8bNc4Vd pk_live_51Hx9QmZ2pL7rT1wY8bNc4Vd',
    },
  ],
  [
    'google_api_key',
    {
      title: 'flags a Google API key',
      text: 'key=AIzaSyD3xK9mQ2pL7rT1wY8bN4cV6dF0gH2jK5l',
      value: 'AIzaSyD3xK9mQ2pL7rT1wY8bN4cV6dF0gH2jK5l',
    },
  ],
  [
    'twilio_api_key',
    {
      title: 'flags a Twilio API key SID',
      text: 'SK3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c',
      value: 'SK3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c',
    },
  ],
  [
    'sendgrid_api_key',
    {
      title: 'flags a SendGrid key',
      text: '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',
      value: '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',
    },
  ],
  [
    'shopify_token',
    {
      title: 'flags a Shopify admin token',
      text: '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',
      value: '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',
    },
  ],
  [
    'azure_storage_connection_string',
    {
      title: 'flags an Azure storage connection string',
      text: `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${'Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hj3Kl5Mn7Pq9Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hj7K+/'}==`,
      value: `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${'Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hj3Kl5Mn7Pq9Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hj7K+/'}==`,
    },
  ],
];

describe('vendor API keys', () => {
  for (const [type, row] of table) it(row.title, () => expectCase(type, row));
});
