// What a command runs against: the current folder, the output streams and the environment. In a module of
// its own, so that the commands and `main`, which calls them, can all name it without importing each other.

export interface Output {
  write(chunk: string): unknown;
  /** True when the output is a terminal, which is the only place colour is used. */
  isTTY?: boolean;
}

export interface CliIO {
  cwd: string;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
}
