// Numbered menus and the words that also choose each option. The prompt key is the copy
// key that shows the menu; the option ids are what the machines see as `reply.choice`.
// Some questions have no menu but their reply is still read in a special way (an address):
// those keys are open prompts too.

export interface MenuOption {
  id: string;
  /** Lower-case words or phrases that choose this option without its number. */
  words: string[];
}

export const MENUS: Record<string, MenuOption[]> = {
  'conversation.menu': [
    { id: 'repair', words: ['repair', 'report a repair', 'fix', 'broken', 'repairs'] },
    { id: 'asb', words: ['anti social', 'antisocial', 'asb', 'anti-social behaviour', 'neighbour', 'neighbours'] },
    { id: 'feedback', words: ['complaint', 'complain', 'comment', 'compliment', 'feedback'] },
    { id: 'question', words: ['question', 'ask a question', 'enquiry', 'query', 'info'] },
    { id: 'person', words: ['person', 'speak to a person', 'human', 'staff', 'someone', 'advisor', 'adviser'] },
  ],
  'repair.askLocation': [
    { id: 'kitchen', words: ['kitchen', 'kitchin'] },
    { id: 'bathroom', words: ['bathroom', 'toilet', 'loo', 'wc', 'shower room', 'bath'] },
    { id: 'bedroom', words: ['bedroom', 'bed room', 'bedrm'] },
    { id: 'living room', words: ['living room', 'lounge', 'front room', 'sitting room'] },
    { id: 'hall or stairs', words: ['hall', 'hallway', 'stairs', 'landing', 'staircase'] },
    { id: 'outside', words: ['outside', 'garden', 'roof', 'outside the house', 'yard', 'shed'] },
    { id: 'communal', words: ['shared', 'communal', 'block', 'shared area', 'corridor', 'lift'] },
    { id: 'elsewhere', words: ['somewhere else', 'other', 'everywhere', 'whole house', 'all over'] },
  ],
  'asb.askWhat': [
    { id: 'noise', words: ['noise', 'noisy', 'music', 'loud'] },
    { id: 'threats', words: ['threats', 'threat', 'violence', 'harassment', 'threatening'] },
    { id: 'hate-incident', words: ['hate', 'racist', 'racism', 'homophobic'] },
    { id: 'drugs', words: ['drugs', 'drug', 'dealing'] },
    { id: 'criminal-damage', words: ['damage', 'vandalism', 'vandalised', 'smashed'] },
    { id: 'fly-tipping', words: ['rubbish', 'fly tipping', 'flytipping', 'graffiti', 'litter'] },
    { id: 'rowdy-behaviour', words: ['something else', 'other'] },
  ],
  'asb.askAffected': [
    { id: 'just me', words: ['just me', 'me', 'only me', 'myself'] },
    { id: 'my household', words: ['household', 'family', 'my family', 'kids', 'children', 'us', 'me and my', 'me and the kids'] },
    { id: 'wider community', words: ['neighbours', 'everyone', 'wider', 'community', 'estate', 'street', 'all of us'] },
  ],
  'booking.changeMenu': [
    { id: 'move', words: ['move', 'move it', 'change', 'change it', 'rearrange', 'reschedule', 'another day', 'different day', 'new day'] },
    { id: 'cancel', words: ['cancel', 'cancel it', 'not needed', 'no longer needed', 'dont need it', 'do not need it'] },
  ],
  'feedback.askType': [
    { id: 'service', words: ['fixing', 'fix', 'first time', 'request', 'service request', 'repair'] },
    { id: 'complaint', words: ['complaint', 'complain', 'unhappy'] },
    { id: 'comment', words: ['comment', 'suggestion', 'idea'] },
    { id: 'compliment', words: ['compliment', 'thank', 'thanks', 'praise'] },
  ],
};

/** Questions whose reply is read as an address (see read-address.ts). */
export const ADDRESS_PROMPTS: ReadonlySet<string> = new Set(['identity.askAddress', 'identity.askAddressAgain']);

/** Offers of appointment slots: the reply is read as a pick (see read-slot.ts) against the slots shown. */
export const SLOT_PROMPTS: ReadonlySet<string> = new Set(['booking.offer', 'booking.narrowed', 'booking.noneFit', 'booking.taken', 'booking.unread']);

/** Copy keys that ask the open question again without showing it: the question stays open. */
export const REASKS: ReadonlySet<string> = new Set(['common.chooseNumber', 'common.yesOrNo', 'conversation.backToQuestion']);

/** Copy keys that leave a question open for the next reply to be read against. */
export function isOpenPrompt(key: string): boolean {
  return MENUS[key] !== undefined || ADDRESS_PROMPTS.has(key) || SLOT_PROMPTS.has(key);
}
