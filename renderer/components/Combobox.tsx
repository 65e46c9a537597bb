import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { foldForSearch } from '../../domain/case/search';
import { describedByIds, FormGroup } from './FormGroup';

const MAX_SHOWN = 50;

/** Options whose words start with what was typed, ignoring case and accents; those starting with it come first. */
export function filterOptions(options: readonly string[], typed: string): string[] {
  const query = foldForSearch(typed);
  if (query === '') return options.slice(0, MAX_SHOWN);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const option of options) {
    const folded = foldForSearch(option);
    if (folded.startsWith(query)) starts.push(option);
    else if (folded.includes(` ${query}`)) contains.push(option);
  }
  return [...starts, ...contains].slice(0, MAX_SHOWN);
}

interface ComboboxProps {
  id: string;
  label: string;
  hint?: ReactNode;
  options: readonly string[];
  error?: string | undefined;
  /** The chosen option, or null. */
  value: string | null;
  onChoose(value: string | null): void;
  /** Clear the box after choosing (for adding to a list). */
  clearOnChoose?: boolean;
}

/**
 * An accessible autocomplete (ARIA 1.2 combobox with a listbox): type to filter, arrows to move, Enter to choose,
 * Escape to close. Only values from the list are accepted, so answers match the national NRM form's lists.
 */
export function Combobox({ id, label, hint, options, error, value, onChoose, clearOnChoose }: ComboboxProps) {
  const [text, setText] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [lastValue, setLastValue] = useState(value);
  const listId = useId();
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  if (value !== lastValue) {
    setLastValue(value);
    setText(value ?? '');
  }
  const shown = useMemo(() => filterOptions(options, text), [options, text]);

  const choose = (option: string) => {
    onChoose(option);
    setText(clearOnChoose ? '' : option);
    setOpen(false);
    setActive(-1);
  };

  const settle = () => {
    setOpen(false);
    const typed = foldForSearch(text);
    if (typed === '') {
      if (!clearOnChoose) onChoose(null);
      return;
    }
    const exact = options.find((option) => foldForSearch(option) === typed);
    if (exact) choose(exact);
  };

  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <div className="app-autocomplete">
          <input
            ref={inputRef}
            id={id}
            className={`govuk-input${error ? ' govuk-input--error' : ''}`}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={open && shown.length > 0}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            aria-describedby={describedByIds(describedBy, statusId)}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={settle}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setOpen(true);
                setActive((index) => Math.min(index + 1, shown.length - 1));
              } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                setActive((index) => Math.max(index - 1, 0));
              } else if (event.key === 'Enter') {
                const option = active >= 0 ? shown[active] : shown.length === 1 ? shown[0] : undefined;
                if (open && option !== undefined) {
                  event.preventDefault();
                  choose(option);
                } else if (open && clearOnChoose) {
                  event.preventDefault();
                  settle();
                }
              } else if (event.key === 'Escape') {
                setOpen(false);
                setActive(-1);
              }
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            className="app-autocomplete__list"
            // Not a tab stop: Chromium makes a scrolling list focusable, which took a second Tab to leave the field.
            tabIndex={-1}
            hidden={!open || shown.length === 0}
          >
            {open
              ? shown.map((option, index) => (
                  <li
                    key={option}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className="app-autocomplete__option"
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(option);
                    }}
                  >
                    {option}
                  </li>
                ))
              : null}
          </ul>
          <div id={statusId} className="govuk-visually-hidden" aria-live="polite">
            {open && text !== '' ? `${shown.length} ${shown.length === 1 ? 'result' : 'results'} available` : ''}
          </div>
        </div>
      )}
    </FormGroup>
  );
}
