/** Where a command writes; tests pass their own. */
export interface IO {
  stdout(text: string): void;
  /** Bytes for standard output (`check --cache` copies kept text as it is); without it they are decoded and passed to `stdout`. */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  cwd: string;
  /** Whether standard error is a terminal (for progress bars). */
  isTTY: boolean;
  /** Whether standard output is a terminal (for colour). */
  stdoutIsTTY?: boolean;
  /** The environment (NO_COLOR, FORCE_COLOR, TERM); none when absent. */
  env?: Record<string, string | undefined>;
  /** Whether to colour what goes to each stream; `run` works it out (src/format/color.ts). */
  color?: { out: boolean; err: boolean };
}

/**
 * The exit status when the reader of standard output closed it before we were done (`disclose check … |
 * head`): 128 + SIGPIPE, what a process that did not ignore the signal would end with. No result is
 * claimed: the run stops where it was, as a killed one would (files are written whole or not at all).
 */
export const EXIT_BROKEN_PIPE = 141;

/** A closed pipe on standard output ends the run quietly; any other write error stays an error. */
function stopOnBrokenPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
    throw e;
  });
}

export function processIO(): IO {
  stopOnBrokenPipe(process.stdout);
  return {
    stdout: (t) => process.stdout.write(t),
    stdoutBytes: (b) => process.stdout.write(b),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
