import { spawnSync } from 'node:child_process';

/** The pid of a process that has run and exited (and been reaped), so no process has it now. */
export function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  if (r.pid === undefined || r.status !== 0) throw new Error('could not run a short-lived process');
  return r.pid;
}

/** The pid of a process that is running and is not this one: the one that started the tests. */
export function livePid(): number {
  return process.ppid;
}
