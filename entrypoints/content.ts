import { defineContentScript } from 'wxt/utils/define-content-script';

import { log } from '@/lib/log';
import { findSiteForHost, siteMatchPatterns } from '@/lib/sites';
import { startContentController } from '@/lib/sites/content-controller';
import { followDebugLogging } from '@/lib/storage';

export default defineContentScript({
  matches: siteMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    const site = findSiteForHost(location.hostname);
    if (!site) return;

    followDebugLogging().catch(() => undefined);
    log.debug('content script on', site.id);
    startContentController(site, ctx.signal);
  },
});
