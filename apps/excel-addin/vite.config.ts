// Two builds of the same UI (see README.md):
// - `--mode standalone`: dist/standalone/index.html, one self-contained file (scripts and styles
//   inlined) that works when opened from disk and makes no network request;
// - `--mode taskpane`: dist/taskpane/taskpane.html for Excel, which loads office.js from Microsoft's
//   CDN as Office add-ins must. The dev server for Excel serves it over https on port 3000.
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const SOURCE_CONDITIONS = ['source', 'browser', 'module', 'import', 'default'];

/**
 * The built standalone page forbids every network request itself: scripts and styles are inline,
 * images only data:/blob:, and nothing may be fetched, framed or submitted.
 */
const OFFLINE_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function offlinePolicy(): Plugin {
  return {
    name: 'dondoc-offline-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${OFFLINE_POLICY}" />`,
      ),
  };
}

export default defineConfig(async ({ mode, command }): Promise<UserConfig> => {
  const taskpane = mode === 'taskpane';
  const https =
    taskpane && command === 'serve'
      ? // office-addin-dev-certs installs a localhost certificate Excel trusts (a machine with Excel).
        await (await import('office-addin-dev-certs')).getHttpsServerOptions()
      : undefined;
  return {
    root: 'src/pages',
    base: './',
    publicDir: '../../assets',
    resolve: { conditions: SOURCE_CONDITIONS },
    plugins: [
      viteSingleFile({ removeViteModuleLoader: true }),
      ...(taskpane ? [] : [offlinePolicy()]),
    ],
    build: {
      outDir: `../../dist/${taskpane ? 'taskpane' : 'standalone'}`,
      emptyOutDir: true,
      target: 'es2020',
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: taskpane ? 'src/pages/taskpane.html' : 'src/pages/index.html' },
    },
    server: { port: taskpane ? 3000 : 5173, ...(https ? { https } : {}) },
  };
});
