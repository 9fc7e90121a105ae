import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The public half of the key that pins Ascent's extension id
 * (npijfecnoldenmioliafcdggkblepaei). Enterprise policy addresses the extension by id,
 * so the id must not change between builds.
 */
const manifestKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtK0O+A8nnr62j4QFqiIH1fpWgLRtONsWmvNV7r1UkPbF2pZcPEgT+rxNlE1FyvHMBg98v7GNxboQp44zpz+DEhYu+s/jrvjkkg6yq6mGtm7BOUNGi2dx8MfMsB3iykhGynO7j9AyefrBOummNjtHYEwMsX4EEN5pydYgILRL6yH4xlDHnJNCjuUqFaopdjWRwY/+fhtFqlXtaNylEmr4xMbln2UNoxs2avDU8HowfdGncH75qE/0/ltH3n5kNIa+0y69UGotQYailhB0gQf4dyxiLF76PJlsj7Uvu7ZtLlVisoenCxAaqY+2MZdqaDhFThglOc/jgPUJP4EtZAnwaQIDAQAB';

/** Host of the bundled demo page; only the demo build (`--mode demo`) matches it. */
export const demoHost = 'ascent-demo.localhost';

/**
 * The content script calls the browser's own `chrome`/`browser` object instead of
 * webextension-polyfill (~10 KB of its 150 KB budget, issue 5). Every API it uses returns
 * promises natively in Chrome MV3 and Firefox; it answers messages with `sendResponse`,
 * because Chrome ignores a promise returned by an `onMessage` listener. The pages and the
 * background keep the polyfill.
 */
function withNativeBrowser(alias: AliasOptions | undefined): AliasOptions {
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));

  // The first matching alias wins, so this one overrides the polyfill module's.
  return [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries];
}

export default defineConfig({
  // Parallel work (and its end-to-end tests) can build into a folder of its own.
  outDir: process.env.ASCENT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every file's dependencies visible (and the lint boundaries checkable).
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` registers the content script on hosts a policy pack adds, once granted.
    permissions: [
      'storage',
      'tabs',
      'alarms',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Pack URLs and pack-added hosts are granted with a click (docs/policy-packs.md); so is
    // the AI critique endpoint, which may be a local server on plain http.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Tests only: hosts granted up front, standing in for the permission prompt that a
    // headless browser cannot answer. Store builds never set this variable.
    ...(process.env.ASCENT_TEST_HOST_PERMISSIONS
      ? { host_permissions: process.env.ASCENT_TEST_HOST_PERMISSIONS.split(',') }
      : {}),
    // Enterprise policy sets the pack through managed storage; the schema declares its keys.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ascent@ascent.example',
              strict_min_version: '115.0',
              // Ascent collects nothing: every record stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: manifestKey }),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;

      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: withNativeBrowser(viteConfig.resolve?.alias),
      };
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;

      // The demo page gets the content script in the demo build alone, so the store build
      // never runs on a host that is not an AI tool.
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), `http://${demoHost}/*`];
      }
    },
  },
});
