import { describe, expect, it } from 'vitest';
import { characterCountMessage, COUNT_FROM } from '../../../renderer/components/CharacterCount';

describe('the character count on long text boxes', () => {
  it('says the limit while the text is far from it', () => {
    expect(characterCountMessage(0, 15_000)).toEqual({ text: 'You can enter up to 15,000 characters', over: false });
    expect(characterCountMessage(15_000 * COUNT_FROM - 1, 15_000).text).toBe('You can enter up to 15,000 characters');
  });

  it('counts down before the limit is reached, and says how far over it is after', () => {
    expect(characterCountMessage(12_000, 15_000)).toEqual({ text: 'You have 3,000 characters remaining', over: false });
    expect(characterCountMessage(14_999, 15_000).text).toBe('You have 1 character remaining');
    expect(characterCountMessage(15_000, 15_000).text).toBe('You have 0 characters remaining');
    expect(characterCountMessage(15_002, 15_000)).toEqual({ text: 'You have 2 characters too many', over: true });
  });
});
