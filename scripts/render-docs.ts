import { readFileSync, writeFileSync } from 'node:fs';
import { generatedBlocks, renderBlocks } from './generated-docs.js';

/**
 * `npm run docs`: rewrites the generated blocks: the workflow role's policy (README.md, infra/README.md), what
 * each Lambda's role is granted per router (infra/README.md) and the Action's inputs and outputs (action.yml,
 * README.md), each from its one source.
 */
for (const [file, blocks] of Object.entries(generatedBlocks)) {
  const text = readFileSync(file, 'utf8');
  const rendered = renderBlocks(file, text, blocks);
  if (rendered !== text) writeFileSync(file, rendered);
  console.log(`${file}: ${rendered === text ? 'up to date' : 'updated'}`);
}
