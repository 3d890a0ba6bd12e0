// Finish rule: photographers credited under the story's photos join its byline's.
import { addCredits, parseCreditLine } from './byline.ts';
import type { PageState } from '../page-state.ts';

export function photoCredits(state: PageState): boolean {
  let credited = false;
  for (const d of state.drafts) {
    for (const b of d.blocks) {
      if (b.type !== 'caption' || !b.credit) continue;
      addCredits(d, parseCreditLine(b.credit)?.credits ?? [], true);
      credited = true;
    }
  }
  return credited;
}
