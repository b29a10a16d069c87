import { performance } from 'node:perf_hooks';

/**
 * Where a start's time goes, for the "ready" log line (and scripts/start-time.ts): each phase
 * marks its end, and the ready line lists the milliseconds between marks, from the process's
 * own start (performance.now() counts from it), so module loading shows as the first phase.
 */
export function markStart(phase: string): void {
  performance.mark(`start:${phase}`);
}

/** The phases marked so far, in order: milliseconds each took since the mark before it. */
export function startPhases(): Record<string, number> {
  const phases: Record<string, number> = {};
  let previous = 0;
  for (const mark of performance.getEntriesByType('mark')) {
    if (!mark.name.startsWith('start:')) continue;
    phases[mark.name.slice('start:'.length)] = Math.round(mark.startTime - previous);
    previous = mark.startTime;
  }
  performance.clearMarks();
  return phases;
}
