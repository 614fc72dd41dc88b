import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './graphql-documents-plugin';

// The API during development: `npm start` (or the server alone) listens on :4000. `ws` passes the
// subscriptions' WebSocket (graphql-ws, same path) through too.
const API = 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: API, ws: true } };

export default defineConfig({
  // Independent of the directory vite is started from (npm -w, an editor, the repo root).
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  plugins: [graphqlDocuments(decodeURIComponent(new URL('./src/gql/graphql.ts', import.meta.url).pathname)), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server serves dist/assets/* as immutable; hashed names make that safe.
    assetsDir: 'assets',
    target: 'es2022',
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
