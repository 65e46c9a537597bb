// npm run bench:imaaf — the time to work out an IMAAF outcome for a case with 5 connected adults and every item
// answered. Prints figures; asserts nothing (the unit tests check the outcome, never its speed). Target: under 5 ms.
import { computeOutcome, sampleOutcomeInput } from '../domain/imaaf';
import { measure } from './stats';

async function main() {
  const input = sampleOutcomeInput();
  console.log(`Case with ${input.caseRecord.connectedAdults.length} connected adults; ${Object.keys(input.answers.items).length} child and setting answers.`);
  for (let warm = 0; warm < 50; warm += 1) computeOutcome(input.caseRecord, input.answers, input.framework, input.settings);
  await measure('IMAAF outcome (5 adults, every item answered)', 1000, () =>
    computeOutcome(input.caseRecord, input.answers, input.framework, input.settings), 'under 5 ms');
}

void main();
