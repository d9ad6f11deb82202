import type { ShelfEntry } from './shelf-manifest.ts';

/**
 * The order in which a search reaches into the archive: step 1 covers the newest shelves
 * until at least `firstPages` articles, and each further step as many more articles again
 * as all steps before it (so 1,000, then 2,000 more, then 4,000 more…). A reader's first
 * search loads a bounded part of the index however large the archive; the whole archive
 * is searched after about log2(archive / firstPages) steps. Returns shelf ids, newest first.
 */
export function searchSteps(shelves: readonly ShelfEntry[], firstPages: number): string[][] {
  const steps: string[][] = [];
  let covered = 0;
  let goal = firstPages;
  let step: string[] = [];
  for (const shelf of shelves) {
    step.push(shelf.id);
    covered += shelf.pages;
    if (covered >= goal) {
      steps.push(step);
      step = [];
      goal = covered * 2;
    }
  }
  if (step.length > 0) steps.push(step);
  return steps;
}
