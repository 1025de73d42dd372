// Bundles an entry as `npm run bundle` bundles the Action (the same options), for the bench's yardsticks.
import { bundle } from '../bundle.mjs';

export const buildLikeDist = (entry, outdir) => bundle(entry, outdir);
