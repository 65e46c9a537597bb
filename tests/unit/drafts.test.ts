import { describe, expect, it } from 'vitest';
import { caseDraftKey, caseDraftKeyPrefix, draftKeys, NEW_ITEM, parseCaseDraftKey } from '../../domain/api';
import { draftKeySchema, type CaseDraft } from '../../domain/drafts';

const caseId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const adultId = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

describe('draft keys', () => {
  it.each<CaseDraft>([
    { caseId, form: 'details' },
    { caseId, form: 'child' },
    { caseId, form: 'home' },
    { caseId, form: 'meeting' },
    { caseId, form: 'arrival' },
    { caseId, form: 'adult', itemId: adultId },
    { caseId, form: 'agency', itemId: NEW_ITEM },
    { caseId, form: 'leg', itemId: adultId },
    { caseId, form: 'chronology', itemId: NEW_ITEM },
  ])('round-trips %o', (draft) => {
    const key = 'itemId' in draft ? caseDraftKey(draft.caseId, draft.form, draft.itemId) : caseDraftKey(draft.caseId, draft.form);
    expect(parseCaseDraftKey(key)).toEqual(draft);
    expect(key.startsWith(caseDraftKeyPrefix(caseId))).toBe(true);
    expect(draftKeySchema.safeParse(key).success).toBe(true);
  });

  it('keeps the format a saved draft already has on disk', () => {
    expect(caseDraftKey(caseId, 'child')).toBe(`case/${caseId}/child`);
    expect(caseDraftKey(caseId, 'adult', NEW_ITEM)).toBe(`case/${caseId}/adult/new`);
  });

  it.each([
    'settings',
    'new-case',
    'case/',
    `case/${caseId}`,
    `case/${caseId}/`,
    `case//child`,
    `case/${caseId}/child/extra`,
    `case/${caseId}/adult`,
    `case/${caseId}/adult/`,
    `case/${caseId}/adult/${adultId}/more`,
    `case/${caseId}/unknown-form`,
    `case/${caseId}/constructor`,
    `case/../etc/child`,
    `cases/${caseId}/child`,
  ])('rejects %s as a case draft key', (key) => {
    expect(parseCaseDraftKey(key)).toBeNull();
  });

  it('refuses to build a key from an id that would break its shape', () => {
    expect(() => caseDraftKey('a/b', 'child')).toThrow();
    expect(() => caseDraftKey(caseId, 'adult', '')).toThrow();
  });

  it('keeps one prefix per case, so deleting one case’s drafts cannot reach another’s', () => {
    expect(caseDraftKeyPrefix(caseId)).toBe(`case/${caseId}/`);
    expect(caseDraftKey(`${caseId}0`, 'child').startsWith(caseDraftKeyPrefix(caseId))).toBe(false);
  });

  it('names the drafts not about a case', () => {
    expect(Object.values(draftKeys)).toEqual(['new-case', 'settings', 'about-you']);
    for (const key of Object.values(draftKeys)) expect(draftKeySchema.safeParse(key).success).toBe(true);
  });
});
