import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { GOV_MATCH } from './utils/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Least privilege (issue 3): read *.gov.cn by default; any other page only through
    // activeTab, when the user asks from the popup.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [GOV_MATCH],
    // A column audit of a list page elsewhere asks for that one site (permissions.request, on the
    // user's click in column.html), never before.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // WXT maps `action` to MV2's browser_action but drops default_title, so name the MV2 key
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_title: '__MSG_extName__' },
    // next / previous finding from the page itself (listed in chrome://extensions/shortcuts)
    commands: {
      'next-finding': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmdNextFinding__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmdPreviousFinding__' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'report-checker@example.org',
        strict_min_version: '115.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  // the sources zip (for Firefox review) holds what builds the extension, not tests or samples
  zip: { excludeSources: ['test/**', 'docs/**', 'bench/**', 'samples/**', 'tmp/**', 'test-results/**', 'cli/**'] },
  hooks: {
    // The detector is an unlisted script (see entrypoints/detector.ts), declared here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: [GOV_MATCH], all_frames: true, match_about_blank: true, run_at: 'document_idle', js: ['detector.js'] },
      ];
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
