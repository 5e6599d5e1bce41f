// Two builds of the same UI (see README.md):
// - `--mode standalone`: dist/standalone/index.html, one self-contained file (scripts and styles
//   inlined) that works when opened from disk and makes no network request;
// - `--mode taskpane`: dist/taskpane/taskpane.html for Excel, which loads office.js from Microsoft's
//   CDN as Office add-ins must. The dev server for Excel serves it over https on port 3000.
import { defineConfig, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const SOURCE_CONDITIONS = ['source', 'browser', 'module', 'import', 'default'];

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
    plugins: [viteSingleFile({ removeViteModuleLoader: true })],
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
