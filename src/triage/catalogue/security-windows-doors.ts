// Security, windows and doors: a home that cannot be locked or has broken glass may be an
// emergency (boarding up, a lock that has failed, a break-in), while worn handles, draughts
// and sticking doors can wait, so several issues ask whether the home can still be locked
// or entered through the broken glass.
import type { IssueSpec } from './cue-spec.js';
import { ASK_CAN_LOCK, ASK_WINDOW_SECURE } from './questions.js';

/** Security. */
export const SECURITY_ISSUES: IssueSpec[] = [
  {
    id: 'external-door-insecure', label: 'Front or back door will not lock or close (home not secure)', area: 'security',
    tier: 'emergency', tags: ['security'],
    cues: [
      [9.65, 'extdoor', 'insecure|nolock'], [9.5, 'door', 'insecure|nolock', '!intdoor|garagedoor|firedoor|communaldoor|cupboard|shed|binstore'],
      [9.2, 'insecure|nolock', 'home'], [8, 'nolock', '!window|cupboard|garagedoor|shed|gate|intdoor|communaldoor|binstore'],
      [9.3, 'extdoor|door', 'lock', 'neg', '!intdoor|communaldoor|window'],
    ],
  },
  {
    id: 'break-in', label: 'Break-in or forced entry', area: 'security', tier: 'emergency', tags: ['security'],
    cues: [
      [9.75, 'forced|burgled', 'door|extdoor|window|glass|lock|home|garagedoor|communaldoor|letterbox', '!car'],
      [9.4, 'burgled', '!car'], [6.5, 'forced', '!intdoor|cupboard|car'],
    ],
  },
  {
    id: 'boarding-up', label: 'Broken window or door needs boarding up', area: 'security', tier: 'emergency', tags: ['security'],
    cues: [[9.85, 'boarding']],
  },
  {
    id: 'lock-faulty', label: 'Lock stiff or faulty (home still secure)', area: 'security', tier: 'urgent', tags: ['security'],
    clarify: ASK_CAN_LOCK,
    cues: [[9.1, 'lock', 'broken|stuck|loose|problem'], [9.3, 'keyproblem'], [8.7, 'lock', 'door|extdoor'], [6, 'lock']],
  },
  {
    id: 'locked-out', label: 'Locked out or lost keys', area: 'security', tier: 'urgent', tags: ['security'],
    cues: [[9.3, 'lockedout'], [9.35, 'keyproblem', 'outsidenow']],
  },
  {
    id: 'window-insecure', label: 'Window will not close or lock', area: 'security', tier: 'urgent', tags: ['security'],
    clarify: {
      id: 'window-reachable', question: 'Is the window on the ground floor, or could someone climb in? Reply YES or NO',
      yes: { tier: 'emergency' },
    },
    cues: [[9.45, 'window|glass', 'insecure|nolock'], [9.3, 'window', 'neg', 'closeword|lock', '!open']],
  },

  // A front or back door hanging off or left open after a break-in or an attack: the home is not secure.
  {
    id: 'door-hanging-off', label: 'Front or back door hanging off (home not secure)', area: 'security', tier: 'emergency', tags: ['security'],
    cues: [
      [9.5, 'extdoor', 'loose|collapse', '!handle|letterbox|intdoor|cupboard|shed|binstore|garagedoor|communaldoor|firedoor|draught|stuck|tree|storm|grabrail'],
      [9.45, 'door', 'loose|collapse', 'forced|burgled', '!handle|letterbox|intdoor|cupboard|shed|binstore|garagedoor|communaldoor|firedoor|tree'],
    ],
  },
  {
    id: 'window-insecure-ground', label: 'Ground floor window broken or will not close (home not secure)', area: 'security',
    tier: 'emergency', tags: ['security'],
    cues: [
      [9.6, 'window|glass', 'insecure|nolock|smashed|broken|neg', 'groundfloor', '!communal|stuck|misted|draught'],
      [9.55, 'window|glass', 'smashed|broken|forced', 'insecure', '!communal'],
    ],
  },
];

/** Windows and doors. */
export const WINDOW_DOOR_ISSUES: IssueSpec[] = [
  {
    id: 'window-glass-broken', label: 'Broken or cracked window glass', area: 'windows-doors', tier: 'urgent', tags: ['security'],
    clarify: ASK_WINDOW_SECURE,
    cues: [[9.35, 'window|glass', 'smashed|cracks|hole'], [8.7, 'window|glass', 'broken'], [8.9, 'glass', 'door|extdoor', 'broken|smashed|cracks']],
  },
  // Broken glass in a front or back door: the home is open and the glass can cut.
  {
    id: 'door-glass-broken', label: 'Glass broken in a front or back door', area: 'windows-doors', tier: 'emergency', tags: ['security'],
    cues: [[9.4, 'glass', 'extdoor', 'broken|smashed|cracks|hole']],
  },
  // Glass or a whole window that is loose or could fall out can cut or strike someone.
  {
    id: 'glazing-dangerous', label: 'Dangerous glazing: loose glass or a window that could fall out', area: 'windows-doors', tier: 'emergency',
    tags: ['security'],
    cues: [
      [9.6, 'window|glass', 'loose|fall|danger|collapse', '!handle|hinge|catch|restrictor|sill|misted|draught|communal|rotten|condensation|mould|damp'],
    ],
  },
  {
    id: 'window-stuck', label: 'Window stiff or will not open', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9, 'window', 'stuck', '!insecure'], [9.1, 'window', 'neg', 'open']],
  },
  {
    id: 'window-handle-hinge', label: 'Window handle, hinge or catch broken', area: 'windows-doors', tier: 'routine', tags: [],
    clarify: {
      id: 'window-can-close', question: 'Can you still close and lock the window? Reply YES or NO',
      yes: {}, no: { tier: 'urgent', issueId: 'window-insecure' },
    },
    cues: [[9.4, 'window', 'handle|hinge|catch', 'broken|loose|stuck|neg|problem|smashed|missing'], [8.8, 'window', 'handle|hinge|catch'], [8.6, 'catch', 'broken|loose|missing']],
  },
  {
    id: 'window-rotten-draughty', label: 'Window frame rotten, draughty or letting in rain', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.1, 'window|sill|frame', 'rotten|draught'], [9.2, 'window', 'leak|water|rain'], [8.6, 'sill', 'broken|loose|cracks|problem'], [6, 'window'], [7.5, 'draught', '!door|extdoor|intdoor|letterbox|communaldoor']],
  },
  {
    id: 'window-misted', label: 'Misted double glazing (between the panes)', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.3, 'misted'], [9.5, 'misted', 'window|glass|condensation']],
  },
  {
    id: 'window-restrictor', label: 'Window restrictor broken', area: 'windows-doors', tier: 'urgent', tags: ['security'],
    cues: [[9.5, 'restrictor', 'broken|neg|loose|problem|missing'], [8.8, 'restrictor']],
  },
  {
    id: 'internal-door', label: 'Inside door broken, sticking or off its hinges', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.2, 'intdoor', 'broken|stuck|hinge|loose|handle|smashed|problem|neg|insecure|cracks|lock|nolock|closeword'], [7.5, 'intdoor']],
  },
  {
    id: 'external-door-sticking', label: 'Front or back door sticking or draughty', area: 'windows-doors', tier: 'routine', tags: [],
    clarify: ASK_CAN_LOCK,
    cues: [[9.1, 'extdoor|door', 'stuck|draught|rotten', '!intdoor|insecure|nolock|lockedout|trapped'], [9, 'extdoor|door', 'neg', 'open', '!lockedout|trapped|insecure']],
  },
  {
    id: 'door-handle-broken', label: 'Door handle broken', area: 'windows-doors', tier: 'routine', tags: [], clarify: ASK_CAN_LOCK,
    cues: [[9.15, 'door|extdoor', 'handle', 'broken|loose|neg|problem|smashed|stuck|missing'], [8.2, 'door|extdoor', 'handle']],
  },
  {
    id: 'external-door-damaged', label: 'Front or back door damaged', area: 'windows-doors', tier: 'urgent', tags: ['security'],
    clarify: ASK_CAN_LOCK,
    cues: [[8.95, 'extdoor', 'broken|smashed|cracks|problem|loose|hinge|hole'], [8.3, 'door', 'broken|smashed|cracks|hinge|hole', '!intdoor|cupboard|garagedoor|shed'], [6, 'extdoor']],
  },
  {
    id: 'letterbox', label: 'Letterbox broken', area: 'windows-doors', tier: 'routine', tags: [],
    cues: [[9.2, 'letterbox', 'broken|loose|neg|problem|stuck|draught|smashed|missing'], [8, 'letterbox']],
  },
  {
    id: 'window-replacement', label: 'New windows (replacing old ones)', area: 'windows-doors', tier: 'planned', tags: ['major'],
    cues: [[8.8, 'window', 'newthing|old', 'request|old|newthing', '!smashed|cracks|insecure|nolock|forced|broken|stuck|handle|hinge|catch|restrictor|misted|leak|glass']],
  },
  {
    id: 'door-replacement', label: 'New front or back door', area: 'windows-doors', tier: 'planned', tags: ['major'],
    cues: [[8.7, 'extdoor|door', 'newthing|old', 'request|old|newthing', '!forced|burgled|smashed|nolock|insecure|intdoor|broken|stuck|handle|hinge|lock|letterbox|glass']],
  },
];
