import { useEffect, useState } from 'react';

/** From this share of the limit on, the count shows how many characters are left. */
export const COUNT_FROM = 0.75;

export function characterCountMessage(length: number, max: number): { text: string; over: boolean } {
  const format = (n: number) => n.toLocaleString('en-GB');
  if (length > max) {
    const over = length - max;
    return { text: `You have ${format(over)} ${over === 1 ? 'character' : 'characters'} too many`, over: true };
  }
  if (length < max * COUNT_FROM) return { text: `You can enter up to ${format(max)} characters`, over: false };
  const left = max - length;
  return { text: `You have ${format(left)} ${left === 1 ? 'character' : 'characters'} remaining`, over: false };
}

/**
 * GOV.UK's character count, as a React part: the count shows before the limit is reached, and a screen reader hears it
 * once typing pauses rather than at every key.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const message = characterCountMessage(length, max);
  const [announced, setAnnounced] = useState(message.text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message.text), 1_000);
    return () => clearTimeout(timer);
  }, [message.text]);
  return (
    <>
      <div id={id} className={`govuk-hint govuk-character-count__message${message.over ? ' govuk-error-message' : ''}`} aria-hidden="true" data-testid="character-count">
        {message.text}
      </div>
      <div className="govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
