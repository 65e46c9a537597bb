/** A new id for something added to a case (an adult, an agency, a leg of the journey). */
export function newId(): string {
  return crypto.randomUUID();
}
