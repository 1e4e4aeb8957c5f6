import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-export/**', '.next-server-aside/**', 'out/**', 'static-host/**', 'node_modules/**', 'data/generated/**', 'public/generated/**', 'next-env.d.ts', 'e2e/.artifacts/**', 'public/maplibre-gl-worker.mjs', 'bench/.cache/**'],
  },
];

export default config;
