/**
 * globalSetup of the build project: empties the cache of build results, so each build of this
 * run happens once and none is left from an earlier run (see ./build.ts).
 */
import { rmSync } from 'node:fs';
import { BUILD_CACHE } from './build';

export default function setup() {
  rmSync(BUILD_CACHE, { recursive: true, force: true });
}
