import { describe, expect, it } from 'vitest';
import { buildFormView } from '../../../domain/documents';
import { WITHHELD_NAME } from '../../../domain/documents/redaction';
import { documentInput, fullCase, names } from '../../integration/documents/case-fixture';

describe('the referring worker’s own details in a form for another agency', () => {
  it('are printed as given, even when the worker shares a name with an adult whose details are withheld', () => {
    const record = fullCase();
    const family = names.withheldLatin.split(' ').at(-1)!;
    const input = { ...documentInput(record, 'children-services'), referrer: { name: `Anna ${family}`, role: `Social worker (${family} team)`, phone: '0121 496 0000' } };
    const view = buildFormView(input);
    expect(view.worker.name).toBe(`Anna ${family}`);
    expect(view.worker.role).toBe(`Social worker (${family} team)`);
    // Elsewhere in the same view the withheld adult's name is still taken out.
    expect(JSON.stringify({ ...view, worker: undefined })).not.toContain(names.withheldLatin);
    expect(JSON.stringify(view)).not.toContain(WITHHELD_NAME + ' team');
  });
});
