import type { WordPattern } from '../../core/token-pattern.js';

/** A role word or phrase: the token patterns that state it and its canonical English role. */
export interface RoleEntry {
  words: readonly WordPattern[];
  role: string;
  /** A title only one state gives ("Taoiseach", "Treasury Secretary"): the country when the
   *  phrase names none. */
  country?: string;
}

/**
 * Roles that a bare descriptor can stand for when it refers back to a person: "глава
 * государства" names whoever is head of state, whatever their title.
 */
export const ROLE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'head of state': ['president', 'king', 'queen', 'emperor', 'head of state'],
  'head of government': ['prime minister', 'chancellor', 'head of government', 'premier'],
  leader: ['president', 'prime minister', 'chancellor', 'leader', 'head of state', 'head of government'],
};

export function roleCompatible(descriptor: string, held: string): boolean {
  if (descriptor === held || descriptor === 'counterpart') return true;
  // "министр" refers back to any minister: "глава МИД" was stated, "министр" follows; a prime
  // minister is "премьер", never a bare "министр".
  if (descriptor === 'minister' && held.endsWith('minister')) return !held.includes('prime minister');
  // "лидер" refers back to a president; a president named so is not a party's leader.
  if (held === 'leader') return false;
  return (ROLE_FAMILIES[descriptor] ?? []).includes(held) || (ROLE_FAMILIES[held] ?? []).includes(descriptor);
}
