/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The backend the dev server proxies /api and /q to.
const backend = process.env.DUTYLEDGER_BACKEND_URL ?? 'http://localhost:8080';

// Vendor code is split by library so no chunk grows past ~800 KB and the
// first page downloads only what it renders; pages are split by route (React.lazy).
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (/node_modules\/antd\//.test(id)) return 'antd';
  // antd's building blocks (rc components, css-in-js, icons) in a chunk of their own
  if (/node_modules\/(@rc-component|rc-[^/]+|@ant-design|@babel\/runtime|classnames|dayjs)\//.test(id))
    return 'antd-base';
  if (/node_modules\/(oidc-client-ts|react-oidc-context|jwt-decode)\//.test(id)) return 'oidc';
  if (/node_modules\/(i18next|react-i18next)\//.test(id)) return 'i18n';
  return 'vendor';
}

// Tests format dates in one fixed zone, so expected texts do not depend on the machine.
if (process.env.VITEST) process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    css: false,
    // Page tests render Ant Design forms in jsdom: tens of seconds each on a loaded 2-core machine.
    testTimeout: 60000,
  },
});
