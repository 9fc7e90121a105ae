import { useCallback, useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';

import { parseMessage } from '@/lib/messages';
import { describeTab, findTargetTab, type TabView } from '@/lib/tab-target';

/** The side panel's view of its target tab, kept current as tabs and pages change. */
export function useTabView(): TabView | undefined {
  const [view, setView] = useState<TabView>();

  const refresh = useCallback(async () => {
    const tab = await findTargetTab(location.search);
    setView(await describeTab(tab));
  }, []);

  useEffect(() => {
    void refresh();

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      const message = parseMessage(raw);
      if (message?.type !== 'tab-status' || sender.tab?.id === undefined) return;

      const tabId = sender.tab.id;
      setView((current) =>
        current?.tabId === tabId ? { kind: 'status', tabId, status: message.status } : current,
      );
    };
    const onTabChange = () => void refresh();

    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onTabChange);
    browser.tabs.onUpdated.addListener(onTabChange);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onTabChange);
      browser.tabs.onUpdated.removeListener(onTabChange);
    };
  }, [refresh]);

  return view;
}
