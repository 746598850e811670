// For the end-to-end test only: when PVM_VSCODE_TEST_LOG names a file, the
// extension appends one JSON object a line for what it started and what it
// received, so a test driving the real workbench can check the protocol
// traffic without scraping the screen. Unset, nothing is written.

import { appendFileSync } from 'fs';

export const TEST_LOG_VARIABLE = 'PVM_VSCODE_TEST_LOG';

export type TestEvent = { event: string } & Record<string, unknown>;

export class TestLog {
  constructor(private readonly path: string | undefined) {}

  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): TestLog {
    const path = env[TEST_LOG_VARIABLE];
    return new TestLog(path !== undefined && path !== '' ? path : undefined);
  }

  get enabled(): boolean {
    return this.path !== undefined;
  }

  write(entry: TestEvent): void {
    if (this.path === undefined) {
      return;
    }
    const line = JSON.stringify({ time: Date.now(), ...entry });
    try {
      // Synchronous, so that the order in the file is the order of events.
      appendFileSync(this.path, line + '\n');
    } catch {
      // A test log that cannot be written must not break the extension.
    }
  }
}
