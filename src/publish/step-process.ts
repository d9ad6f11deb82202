import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

/** A step of the build: a Node script run in `cwd` with `args`. */
export interface Step {
  cwd: string;
  args: string[];
}

/** A step started: its process, and its exit status once it ends. */
export interface StartedStep {
  child: ChildProcess;
  exited: Promise<number>;
}

/** The build's steps, and whether (and by which signal) the build was told to stop. */
export interface StepProcesses {
  /**
   * Starts a step in a process group of its own (its standard input a pipe if `piped`).
   */
  start(step: Step, env: NodeJS.ProcessEnv, piped?: boolean): StartedStep;
  /** The signal the build was stopped by, if it was. */
  stoppedBy(): NodeJS.Signals | undefined;
  /** Stops listening for signals and for the parent's death. */
  dispose(): void;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** A step still running this long after being told to stop is killed outright. */
const KILL_AFTER_MS = 15_000;
const ORPHAN_CHECK_MS = 250;

/**
 * Runs the build's steps as child processes. SIGINT, SIGTERM and SIGHUP are passed on to
 * each running step's whole process group (a step still running 15 s later is killed),
 * and remembered, so the build can wind up and report the signal. It does the same when
 * its parent process dies.
 */
export function stepProcesses(): StepProcesses {
  let stoppedBy: NodeJS.Signals | undefined;
  const running = new Set<ChildProcess>();
  const stop = (signal: NodeJS.Signals) => {
    if (stoppedBy) return;
    stoppedBy = signal;
    for (const { pid } of running) {
      if (pid === undefined) continue;
      killGroup(pid, signal);
      setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_AFTER_MS).unref();
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  // npm passes a SIGTERM (a CI timeout, `kill`) on to the process it runs the script in,
  // which package.json's `exec` makes this one. If npm is killed outright it passes on
  // nothing: a new parent process means whoever started the build is gone, so it stops
  // as if signalled.
  const parentPid = process.ppid;
  const orphanWatch = setInterval(() => process.ppid !== parentPid && stop('SIGTERM'), ORPHAN_CHECK_MS);

  return {
    start(step, env, piped = false) {
      const child = spawn(process.execPath, step.args, {
        cwd: step.cwd,
        env,
        stdio: [piped ? 'pipe' : 'inherit', 'inherit', 'inherit'],
        detached: true,
      });
      running.add(child);
      const exited = exitOf(child).finally(() => running.delete(child));
      return { child, exited };
    },
    stoppedBy: () => stoppedBy,
    dispose() {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
      clearInterval(orphanWatch);
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** The step's exit status (128 + the signal's number if a signal ended it). */
function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      // Nothing the step started may outlive it.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      resolvePromise(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
