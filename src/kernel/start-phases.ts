import { performance, type PerformanceMark } from 'node:perf_hooks';

/**
 * Where a start's time goes, for the "ready" log line (and scripts/start-time.ts): each phase
 * marks its end, and the ready line lists the milliseconds between marks, from the process's
 * own start (performance.now() counts from it), so module loading shows as the first phase.
 * The CPU time each phase used (user + system, the whole process: PGlite runs in it too) is
 * kept beside it: on a loaded machine the wall times stretch, the CPU times hardly move.
 */
const cpuAtMark: number[] = [];

export function markStart(phase: string): void {
  const { user, system } = process.cpuUsage();
  cpuAtMark.push((user + system) / 1000);
  performance.mark(`start:${phase}`, { detail: cpuAtMark.length - 1 });
}

export interface StartPhases {
  /** Milliseconds each phase took since the mark before it (wall time). */
  phases: Record<string, number>;
  /** CPU milliseconds each phase used. */
  phasesCpu: Record<string, number>;
}

/** The phases marked so far, in order. */
export function startPhases(): StartPhases {
  const phases: Record<string, number> = {};
  const phasesCpu: Record<string, number> = {};
  let previous = 0;
  let previousCpu = 0;
  for (const mark of performance.getEntriesByType('mark')) {
    if (!mark.name.startsWith('start:')) continue;
    const name = mark.name.slice('start:'.length);
    phases[name] = Math.round(mark.startTime - previous);
    previous = mark.startTime;
    const cpu = cpuAtMark[(mark as PerformanceMark).detail as number] ?? previousCpu;
    phasesCpu[name] = Math.round(cpu - previousCpu);
    previousCpu = cpu;
  }
  performance.clearMarks();
  cpuAtMark.length = 0;
  return { phases, phasesCpu };
}
