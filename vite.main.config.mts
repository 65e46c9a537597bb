import { defineConfig } from 'vite';

// The main process: better-sqlite3 stays outside the bundle (it is a native addon) and is copied into the package.
export default defineConfig({
  build: {
    rollupOptions: {
      external: ['better-sqlite3-multiple-ciphers', 'electron'],
    },
  },
});
