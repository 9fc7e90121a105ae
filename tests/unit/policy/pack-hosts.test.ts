import { describe, expect, it } from 'vitest';

import { effectivePolicySchema } from '@/lib/policy/effective';
import { effectivePolicyFor, toEffectiveLocks } from '@/lib/policy/effective-for-host';
import { packHostPatterns } from '@/lib/policy/pack-host-scripts';
import { packSchema, type PolicyPack } from '@/lib/policy/pack-schema';
import { basePack } from './pack-fixtures';

const intranetTool = {
  id: 'intranet-ai',
  name: 'Intranet AI',
  hosts: ['chat.intranet-ai.example', '*.ai.corp.example'],
  editorKind: 'textarea',
  composerSelectors: ['textarea#prompt'],
  sendSelectors: [],
  replySelectors: [],
};

const user = {
  detectionEnabled: true,
  pausedSites: [],
  actions: {},
  notSensitiveHashes: [],
  salt: 'salt',
};

function packWithTools(extraHosts: unknown[]): PolicyPack {
  return packSchema.parse(basePack({ tools: { extraHosts } }));
}

describe('tools a pack adds', () => {
  it('should travel in the effective policy, valid for the content script', async () => {
    const pack = packWithTools([intranetTool]);
    const policy = await effectivePolicyFor(
      pack,
      'chat.intranet-ai.example',
      toEffectiveLocks(undefined),
      user,
    );

    expect(effectivePolicySchema.safeParse(policy).success).toBe(true);
    expect(policy.tools?.map((tool) => tool.id)).toEqual(['intranet-ai']);
  });

  it('should leave out a tool the adapter schema refuses instead of the whole policy', async () => {
    const tooLong = { ...intranetTool, id: 'long-name', name: 'N'.repeat(90) };
    const pack = packWithTools([intranetTool, tooLong]);
    const policy = await effectivePolicyFor(pack, 'example.org', toEffectiveLocks(undefined), user);

    expect(effectivePolicySchema.safeParse(policy).success).toBe(true);
    expect(policy.tools?.map((tool) => tool.id)).toEqual(['intranet-ai']);
  });

  it('should give no tools field to a pack without extra hosts', async () => {
    const policy = await effectivePolicyFor(
      packSchema.parse(basePack()),
      'chatgpt.com',
      toEffectiveLocks(undefined),
      user,
    );
    expect(policy.tools).toBeUndefined();
  });

  it('should register the content script on added hosts only, not on built-in ones', () => {
    const withBuiltIn = { ...intranetTool, hosts: [...intranetTool.hosts, 'chatgpt.com'] };

    expect(packHostPatterns(packWithTools([withBuiltIn]))).toEqual([
      'https://chat.intranet-ai.example/*',
      'https://*.ai.corp.example/*',
    ]);
  });
});
