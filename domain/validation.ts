import { z } from 'zod';

/**
 * Zod's default messages are written for developers ("expected string, received undefined"). Where a schema does
 * not give its own message, these say what to do in plain words.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'Answer this question' : 'Enter this answer in the form asked for';
      case 'invalid_value':
        return 'Choose one of the options given';
      case 'unrecognized_keys':
        return `Crossings does not recognise ${issue.keys.length === 1 ? 'this answer' : 'these answers'}: ${issue.keys.join(', ')}`;
      case 'too_small':
        if (issue.origin === 'string') return 'Enter an answer';
        if (issue.origin === 'array') return `Give at least ${String(issue.minimum)}`;
        return `Enter ${String(issue.minimum)} or more`;
      case 'too_big':
        if (issue.origin === 'string') return `This must be ${Number(issue.maximum).toLocaleString('en-GB')} characters or fewer`;
        if (issue.origin === 'array') return `Give at most ${String(issue.maximum)}`;
        return `Enter ${String(issue.maximum)} or less`;
      case 'invalid_format':
        return issue.format === 'uuid' || issue.format === 'guid'
          ? 'This record could not be identified. Reload the page and try again.'
          : 'Enter this answer in the form asked for';
      case 'invalid_union':
        return 'Enter this answer in the form asked for';
      default:
        return undefined;
    }
  },
});

export {};
