import { readFileSync, writeFileSync } from 'node:fs';
import { generatedBlocks, renderBlocks } from '../infra/workflow-role.js';

/** `npm run docs`: rewrites the generated blocks of README.md and infra/README.md (the workflow role's policy). */
for (const [file, blocks] of Object.entries(generatedBlocks)) {
  const text = readFileSync(file, 'utf8');
  const rendered = renderBlocks(text, blocks);
  if (rendered !== text) writeFileSync(file, rendered);
  console.log(`${file}: ${rendered === text ? 'up to date' : 'updated'}`);
}
