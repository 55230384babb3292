// Where a command writes: stdout for results, stderr for problems (tests capture both).
export type Out = { log: (s: string) => void; error: (s: string) => void };

export const consoleOut: Out = { log: (s) => process.stdout.write(s + '\n'), error: (s) => process.stderr.write(s + '\n') };
