import { defineContentScript } from 'wxt/utils/define-content-script';

import { followDebugLogging } from '@/lib/debug-logging';
import { log } from '@/lib/log';
import { siteMatchPatterns } from '@/lib/sites';
import { startContentController } from '@/lib/sites/content-controller';
import { findSiteForPage } from '@/lib/sites/pack-sites';

export default defineContentScript({
  matches: siteMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    const site = await findSiteForPage();
    if (!site || ctx.isInvalid) return;

    followDebugLogging().catch(() => undefined);
    log.debug('content script on', site.id);
    startContentController(site, ctx.signal);
  },
});
