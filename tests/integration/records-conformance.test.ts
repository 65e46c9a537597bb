import type { OperationName } from '../../domain/api';
import { openTestCore } from '../fixtures/core';
import { recordsConformance, type Worker } from '../support/records-conformance';

// The store conformance suite on the local encrypted file: two windows on one computer, each worker named by the call.
function worker(core: ReturnType<typeof openTestCore>, name: string): Worker {
  const dispatch = (op: OperationName, input: unknown) => core.dispatch(op, input, { worker: name });
  return {
    name,
    dispatch,
    call: async (op, input) => {
      const result = await dispatch(op, input);
      if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    get records() {
      return core.core.records;
    },
  };
}

recordsConformance('on this computer (SQLite)', async () => {
  const core = openTestCore({ dailyBackup: false });
  const first = worker(core, 'Grace Mensah');
  return {
    kind: 'local',
    first,
    second: worker(core, 'Ruth Adeyemi'),
    auditor: {
      verify: () => first.call('audit.verify', {}),
      trail: async (caseId) => (await first.call('audit.forCase', { caseId })).events,
    },
    close: async () => core.close(),
  };
});
