// The concept vocabulary the repair matcher and normaliser read: every concept name with the
// words and short phrases that mean it. It is assembled here from three files (symptoms,
// services, the home) so each stays short enough to read; the order of the parts is the
// order the concepts were always listed in.
import { HOME_CONCEPTS } from './concepts-home.js';
import { SERVICE_CONCEPTS } from './concepts-services.js';
import { SYMPTOM_CONCEPTS } from './concepts-symptoms.js';

/**
 * Concept -> terms, written as normalise() writes them (lower case; every negative
 * contraction is "not"). A term is one word or a short phrase. "~" inside a phrase lets up
 * to three other words stand between its neighbours. A word starting with "=" must match
 * the word exactly (no stemming): "=lift" does not match "lifting".
 */
export const REPAIR_CONCEPTS: Record<string, string[]> = {
  ...SYMPTOM_CONCEPTS,
  ...SERVICE_CONCEPTS,
  ...HOME_CONCEPTS,
};
