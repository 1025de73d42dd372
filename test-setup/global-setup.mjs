// Jest loads its global setup with Node's own loader, which cannot resolve the TypeScript sources: tsx does.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startSharedChromium } = await tsImport('./chromium.ts', import.meta.url);
  await startSharedChromium();
}
