/** Where a command writes; tests pass their own. */
export interface IO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Whether standard error is a terminal (for progress bars). */
  isTTY: boolean;
}

export function processIO(): IO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
