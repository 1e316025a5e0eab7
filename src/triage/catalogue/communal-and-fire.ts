// Communal areas and fire safety: lifts, door entry, communal doors and lighting, bin
// chutes and stores, communal heating and aerials; then carbon monoxide and smoke alarms,
// fire doors, fire equipment and damage after a fire. Kept together because both are about
// the shared parts of a block and the safety of everyone in it.
import type { IssueSpec } from './cue-spec.js';
import { ASK_VULNERABLE } from './questions.js';

/** Communal areas. */
export const COMMUNAL_ISSUES: IssueSpec[] = [
  {
    id: 'lift-not-working', label: 'Lift not working', area: 'communal', tier: 'urgent', tags: ['communal', 'lift'],
    clarify: {
      id: 'lift-person-stuck', question: 'Is anyone stuck inside the lift now? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'lift-trapped' },
    },
    cues: [[9.3, 'lift', 'broken|neg|problem|stuck|noise|smashed'], [7.5, 'lift', '!request|newthing']],
  },
  {
    id: 'lift-trapped', label: 'Someone trapped in a lift', area: 'communal', tier: 'emergency', tags: ['communal', 'lift'],
    cues: [[9.8, 'lift', 'trapped']],
  },
  {
    id: 'door-entry', label: 'Door entry system, intercom or fob not working', area: 'communal', tier: 'urgent', tags: ['communal', 'security'],
    cues: [[9.3, 'doorentry', 'broken|neg|problem|stuck|noise|smashed'], [8, 'doorentry']],
  },
  {
    id: 'communal-door-insecure', label: 'Communal entrance door will not lock or close', area: 'communal', tier: 'emergency',
    tags: ['communal', 'security'],
    cues: [
      [9.65, 'communaldoor', 'insecure|nolock|forced|smashed|burgled'],
      [9.5, 'door|extdoor', 'communal', 'insecure|nolock|forced|smashed', '!binstore'],
    ],
  },
  {
    id: 'communal-door-faulty', label: 'Communal door damaged or hard to open', area: 'communal', tier: 'urgent', tags: ['communal', 'security'],
    clarify: {
      id: 'communal-door-open', question: 'Can anyone walk into the building because the door will not lock or shut? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'communal-door-insecure' },
    },
    cues: [[9.2, 'communaldoor', 'broken|problem|stuck|loose|hinge|neg|cracks|lock|handle'], [8, 'communaldoor'], [8.9, 'door', 'communal', 'broken|problem|stuck|loose|hinge|neg', '!binstore']],
  },
  {
    id: 'communal-lights', label: 'Communal lights out (stairs, landings, corridors)', area: 'communal', tier: 'urgent',
    tags: ['communal', 'electrics'],
    clarify: {
      id: 'communal-dark', question: 'Are the stairs or corridors completely dark? Reply YES or NO',
      yes: { tier: 'emergency' },
    },
    cues: [
      [9.45, 'communallight', 'broken|neg|problem|flicker|stuckon|dark'], [9.2, 'communallight'],
      [9.4, 'light', 'communal', 'broken|neg|problem|flicker|stuckon|dark'],
      // a hall or landing on a named storey of the building is a communal one
      [9.35, 'light', 'storey', 'hallway', 'broken|neg|problem|flicker|dark'],
    ],
  },
  {
    id: 'emergency-lighting', label: 'Emergency lighting fault', area: 'fire-safety', tier: 'urgent', tags: ['communal', 'fire-safety'],
    cues: [[9.4, 'emerglight']],
  },
  {
    id: 'bin-chute', label: 'Bin chute blocked or broken', area: 'communal', tier: 'urgent', tags: ['communal'],
    cues: [[9.4, 'binchute', 'blocked|broken|stuck|problem|smell|neg|fire|burning'], [8.5, 'binchute']],
  },
  {
    id: 'bin-store', label: 'Bin store door or bin room damaged', area: 'communal', tier: 'routine', tags: ['communal'],
    cues: [[9, 'binstore', 'broken|smashed|neg|problem|nolock|insecure|door|stuck'], [9.55, 'binstore', 'door', 'broken|smashed|loose|hinge|insecure|nolock|stuck'], [7, 'binstore']],
  },
  {
    id: 'communal-window', label: 'Communal window broken', area: 'communal', tier: 'urgent', tags: ['communal'],
    cues: [[9.45, 'window|glass', 'communal', 'smashed|broken|cracks|insecure']],
  },
  {
    id: 'communal-repair', label: 'Repair in a communal area', area: 'communal', tier: 'routine', tags: ['communal'],
    cues: [[7.2, 'communal', 'broken|problem|smashed|loose|hole|cracks|neg|leak|damp|mould|old'], [8.8, 'communal', 'carpet']],
  },
  {
    id: 'play-equipment', label: 'Play equipment or play area damaged', area: 'communal', tier: 'urgent', tags: ['communal'],
    cues: [[9.2, 'playarea', 'broken|smashed|loose|danger|missing|rotten|hole|cracks|neg', '!animal|excrement']],
  },
  {
    // Communal CCTV run by the landlord; a neighbour's own camera is not a repair (not-asb.ts).
    id: 'cctv-faulty', label: 'Communal CCTV not working', area: 'communal', tier: 'routine', tags: ['communal', 'security'],
    cues: [[9.1, 'cctv', 'broken|neg|problem|smashed|missing', '!animal']],
  },
  {
    id: 'communal-heating', label: 'Communal or district heating not working', area: 'communal', tier: 'urgent',
    tags: ['communal', 'no-heating'], clarify: ASK_VULNERABLE,
    cues: [[9.5, 'communalheating', 'broken|neg|cold|problem'], [8, 'communalheating']],
  },
  {
    id: 'tv-aerial', label: 'TV aerial or communal dish not working', area: 'communal', tier: 'routine', tags: ['communal'],
    cues: [[9.1, 'aerial', 'broken|neg|problem|loose'], [7, 'aerial']],
  },
];

/** Community alarms in sheltered housing: a resident who falls cannot call for help without one. */
export const CARE_ALARM_ISSUES: IssueSpec[] = [
  {
    id: 'community-alarm', label: 'Community alarm or pull cord system not working', area: 'communal', tier: 'emergency',
    tags: ['communal', 'alarm'],
    cues: [[9.75, 'carealarm', 'broken|neg|problem|missing|loose|stuck|beeping|chirp|smashed|cutout'], [9.5, 'carealarm']],
  },
];

/** Fire safety. */
export const FIRE_SAFETY_ISSUES: IssueSpec[] = [
  {
    id: 'co-alarm-sounding', label: 'Carbon monoxide alarm going off', area: 'fire-safety', tier: 'emergency',
    tags: ['carbon-monoxide', 'fire-safety'],
    cues: [[9.9, 'coalarm', 'beeping'], [9.8, 'co', 'beeping|smell|smokealarm|leak|burning|noise']],
  },
  {
    id: 'co-alarm-faulty', label: 'Carbon monoxide alarm faulty or missing', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.4, 'coalarm', 'broken|neg|problem|missing|loose|chirp'], [8, 'coalarm']],
  },
  {
    id: 'smoke-alarm-not-working', label: 'Smoke alarm not working', area: 'fire-safety', tier: 'emergency', tags: ['fire-safety'],
    cues: [[9.3, 'smokealarm', 'broken|neg|problem|missing|loose', '!communal|beeping|chirp'], [7.5, 'smokealarm', '!communal']],
  },
  {
    id: 'smoke-alarm-beeping', label: 'Smoke alarm beeping or going off for no reason', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.4, 'smokealarm', 'beeping|chirp', '!communal']],
  },
  {
    id: 'communal-fire-alarm', label: 'Communal fire alarm fault', area: 'fire-safety', tier: 'emergency', tags: ['fire-safety', 'communal'],
    cues: [[9.5, 'smokealarm', 'communal']],
  },
  {
    id: 'fire-door', label: 'Fire door or door closer not closing properly', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.4, 'firedoor', 'broken|neg|stuck|insecure|smashed|problem|loose|missing|noise|closeword|open'], [8.8, 'firedoor']],
  },
  {
    id: 'fire-equipment', label: 'Fire extinguisher, sprinkler or fire exit problem', area: 'fire-safety', tier: 'urgent', tags: ['fire-safety'],
    cues: [[9.1, 'firesafety', 'broken|neg|missing|problem|blocked|leak'], [8, 'firesafety']],
  },
  {
    id: 'fire-damage', label: 'Damage after a fire', area: 'fire-safety', tier: 'emergency', tags: ['fire-safety'],
    cues: [[9.4, 'firedamage']],
  },
];
