import { openTestCore } from '../fixtures/core';
import { recordsConformance, workerOn } from '../support/records-conformance';

// The store conformance suite on the local encrypted file: two windows on one computer, each worker named by the call.
recordsConformance('on this computer (SQLite)', async () => {
  const core = openTestCore({ dailyBackup: false });
  const first = workerOn(core, 'Grace Mensah');
  return {
    kind: 'local',
    first,
    second: workerOn(core, 'Ruth Adeyemi'),
    auditor: {
      verify: () => first.call('audit.verify', {}),
      trail: async (caseId) => (await first.call('audit.forCase', { caseId })).events,
    },
    close: async () => core.close(),
  };
});
