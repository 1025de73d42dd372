import { tsImport } from 'tsx/esm/api';

export default async function globalTeardown() {
  const { stopSharedChromium } = await tsImport('./chromium.ts', import.meta.url);
  await stopSharedChromium();
}
