import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

import type { EffectivePolicy } from '@/lib/policy/effective';
import { parseMessage, type Message } from '@/lib/messages';

/**
 * The policy the background enforces (locks included) for `host`, refreshed whenever it
 * broadcasts `policy-changed`. Undefined while loading or when the background is unreachable.
 */
export function usePolicy(host = 'options.invalid'): EffectivePolicy | undefined {
  const [policy, setPolicy] = useState<EffectivePolicy>();

  useEffect(() => {
    const load = () => {
      const request: Message = { type: 'get-policy', host };
      browser.runtime
        .sendMessage(request)
        .then((answer) => setPolicy(answer as EffectivePolicy | undefined))
        .catch(() => setPolicy(undefined));
    };
    const onMessage = (raw: unknown) => {
      if (parseMessage(raw)?.type === 'policy-changed') load();
    };

    load();
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [host]);

  return policy;
}
