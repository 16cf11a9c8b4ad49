// A mistake in how the command was run (an option, a path, the config file): exit code 2.

export class UsageError extends Error {
  /** Whether to follow the message with the command's help text (for mistakes in the options themselves). */
  readonly showHelp: boolean;

  constructor(message: string, options: { showHelp?: boolean } = {}) {
    super(message);
    this.name = "UsageError";
    this.showHelp = options.showHelp ?? false;
  }
}
