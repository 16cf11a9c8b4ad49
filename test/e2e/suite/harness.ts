// A small test runner for inside the extension host: named steps, run in order, with a clear report.

export type Step = { name: string; run: () => Promise<void> };

export async function runSteps(steps: Step[]): Promise<void> {
  const failures: string[] = [];
  for (const step of steps) {
    const started = Date.now();
    try {
      await step.run();
      console.log(`  ✓ ${step.name} (${Date.now() - started} ms)`);
    } catch (error) {
      console.log(`  ✗ ${step.name}: ${(error as Error)?.stack ?? error}`);
      failures.push(step.name);
    }
  }
  console.log(`${steps.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(`${failures.length} integration test(s) failed: ${failures.join("; ")}`);
}

export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** As `waitFor`, for a probe that has to wait on something itself (a command's answer). */
export async function waitForAsync<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
