// What a build does first, holding the site's lock: finish or undo whatever a build
// killed before it left beside the site. A staged site marked with the generation of
// the state in place was committed (commit.ts) and is put in place; any other staged
// folder is an unfinished build, removed (the live site was never touched by it). Each
// step says what it found.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { stateGeneration } from '../site/site-state.ts';
import { moveEditionIn, swapIn } from './commit.ts';
import { markedGeneration } from './marker.ts';
import type { SitePaths } from './plan.ts';

/**
 * Recovers the site at `paths`: a line for each thing done (none when there was nothing
 * to do), and whether it finished putting an added edition in place.
 */
export function recover(paths: SitePaths): { done: string[]; addedEdition: boolean } {
  const done: string[] = [];
  let addedEdition = false;
  const committed = stateGeneration(paths.state);
  const isCommitted = (dir: string) => committed !== null && markedGeneration(dir) === committed;
  if (existsSync(paths.building)) {
    if (isCommitted(paths.building)) {
      swapIn(paths);
      done.push(`recovered: a build killed while its site was swapped in was complete: ${paths.building} put in place`);
    } else {
      rmSync(paths.building, { recursive: true, force: true });
      done.push(`recovered: removed the unfinished build ${paths.building} (the site was not touched by it)`);
    }
  }
  if (existsSync(paths.adding)) {
    const complete = isCommitted(paths.adding);
    if (complete) moveEditionIn(paths);
    addedEdition = complete;
    rmSync(paths.adding, { recursive: true, force: true });
    done.push(complete ? `recovered: an added edition killed while moving in was complete: the rest of ${paths.adding} moved into the site` : `recovered: removed the unfinished added edition ${paths.adding} (the site was not touched by it)`);
  }
  if (existsSync(paths.previous)) {
    if (existsSync(paths.site)) {
      rmSync(paths.previous, { recursive: true, force: true });
    } else {
      renameSync(paths.previous, paths.site);
      done.push(`recovered: a swap cut before the new site was in place: the previous site ${paths.previous} put back`);
    }
  }
  return { done, addedEdition };
}
