// Water issues: leaks, the water supply, drainage and toilets. They share the questions
// about stopping the water, water near electrics and the only toilet in the home, because
// whether a leak or a blocked toilet is an emergency turns on those answers.
import type { IssueSpec } from './cue-spec.js';
import { ASK_LEAK_ELECTRICS, ASK_STOP_TAP, askOnlyToilet } from './questions.js';

/** Leaks. */
export const LEAK_ISSUES: IssueSpec[] = [
  {
    id: 'leak-uncontrollable', label: 'Burst pipe or water leak you cannot stop', area: 'leaks', tier: 'emergency',
    tags: ['uncontrollable-leak', 'water'],
    cues: [
      [9.45, 'burst', 'water|leak|pipe|ceiling|tap|onetap|radiator|toilet|cistern|immersion|boiler|combi|stoptap|shower|bath|sink|basin|roof|kitchen|bathroom|floor|wall|light'],
      [8.5, 'burst', '!smokealarm|gutter|drain|sewage'],
      [9.4, 'water|leak|pipe', 'noturnoff|notstop'],
      [9.3, 'leak|water', 'stoptap', 'neg|broken|stuck'],
      [9.5, 'severe', 'leak|burst', '!roof|loft|gutter|tap|onetap|overflowpipe|flashing'],
    ],
  },
  {
    id: 'water-through-light', label: 'Water coming through a light fitting or socket', area: 'leaks', tier: 'emergency',
    tags: ['water', 'electrics'],
    cues: [
      [9.8, 'leak|burst|water', 'light|socket|lightswitch|electric|fusebox|wiring|extractor|cookerpoint'],
      [9.6, 'leak|burst', 'electric|light|socket'],
    ],
  },
  {
    id: 'leak-through-ceiling', label: 'Water coming through the ceiling', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_LEAK_ELECTRICS,
    cues: [[9.1, 'leak|water', 'ceiling'], [9, 'leak|water', 'above'], [8.5, 'ceiling', 'stain', 'water|leak|damp']],
  },
  {
    id: 'pipe-leak', label: 'Leaking pipe or water leak you can contain', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_STOP_TAP,
    cues: [[8.9, 'pipe', 'leak|water'], [6.5, 'leak'], [7, 'water', 'floor|kitchen|bathroom|wall'], [7.5, 'pipe', 'broken|loose|cracks']],
  },
  {
    id: 'waste-pipe-leak', label: 'Leak from a waste pipe under a sink or bath', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_STOP_TAP,
    cues: [[9.2, 'wastepipe', 'leak|water'], [9, 'leak', 'sink|basin', '!tap|onetap|blocked'], [8, 'wastepipe', 'broken|loose|cracks']],
  },
  {
    id: 'tap-dripping', label: 'Dripping, leaking or broken tap', area: 'leaks', tier: 'routine', tags: ['water'],
    cues: [[9.1, 'tap|onetap', 'leak|broken|stuck|loose|problem|noise'], [6.5, 'tap|onetap']],
  },
  {
    id: 'tap-wont-turn-off', label: 'Tap will not turn off', area: 'leaks', tier: 'urgent', tags: ['water'], clarify: ASK_STOP_TAP,
    cues: [[9.5, 'tap|onetap', 'noturnoff|running|stuckon|notstop']],
  },
  {
    id: 'overflow-pipe', label: 'Overflow pipe running or dripping outside', area: 'leaks', tier: 'routine', tags: ['water', 'external'],
    cues: [[8.9, 'overflowpipe'], [9.1, 'overflowpipe', 'running|leak|water|outside']],
  },
  {
    id: 'stop-tap-faulty', label: 'Stop tap stuck, broken or leaking', area: 'leaks', tier: 'urgent', tags: ['water'],
    cues: [[9.1, 'stoptap', 'broken|stuck|neg|leak|problem|noturnoff'], [6.5, 'stoptap']],
  },
  {
    id: 'bath-shower-leak', label: 'Water leaking from a bath or shower', area: 'leaks', tier: 'urgent', tags: ['water'],
    clarify: ASK_LEAK_ELECTRICS,
    cues: [[9.2, 'bath|shower|elecshower|showerscreen|levelaccess', 'leak'], [8.5, 'bath|shower', 'water', 'floor|ceiling|above|kitchen']],
  },
  {
    id: 'hot-water-cylinder-leak', label: 'Hot water tank or cylinder leaking', area: 'leaks', tier: 'urgent',
    tags: ['water', 'no-hot-water'], clarify: ASK_STOP_TAP,
    cues: [[9.4, 'immersion', 'leak|water|overflow|running', '!oxygensupply']],
  },
];

/** Water supply. */
export const WATER_SUPPLY_ISSUES: IssueSpec[] = [
  {
    id: 'no-water-supply', label: 'No water supply', area: 'water-supply', tier: 'emergency', tags: ['water'],
    cues: [
      [8.8, 'neg', 'water|tap', '!leak|burst|hotwater|damp|condensation|pipe|pressure|lowpressure|cold|blocked|flush|partial'],
      [9.2, 'watersupply', '!leak|burst|pipe|stoptap|pressure|lowpressure|partial'],
      // "no water at all out of any tap ... so its our pipes": a total loss, whatever pipe is blamed
      [9.3, 'watersupply', 'all', '!leak|burst|partial|pressure|lowpressure'],
    ],
  },
  {
    id: 'low-water-pressure', label: 'Low water pressure', area: 'water-supply', tier: 'routine', tags: ['water'],
    cues: [[9, 'lowpressure', '!boiler|combi|heating|radiator'], [8.6, 'pressure', 'water|tap|onetap|shower|elecshower', '!boiler|combi|heating|radiator']],
  },
  {
    id: 'water-supply-partial', label: 'Water supply partly lost (some taps dry)', area: 'water-supply', tier: 'urgent', tags: ['water'],
    cues: [[9.3, 'watersupply|water|tap|onetap', 'partial', 'neg|broken|problem|lowpressure'], [9.25, 'watersupply', 'partial']],
  },
  // Brown, rusty or cloudy water from the taps may not be safe to drink: not a dripping tap.
  {
    id: 'discoloured-water', label: 'Discoloured or dirty water from the taps', area: 'water-supply', tier: 'urgent', tags: ['water'],
    cues: [[9.4, 'discoloured', 'tap|onetap|water|watersupply|kitchen|bathroom'], [9.2, 'discoloured']],
  },
  {
    id: 'frozen-pipes', label: 'Frozen water pipes', area: 'water-supply', tier: 'urgent', tags: ['water'],
    cues: [[9.1, 'frozen', 'pipe|water|tap|onetap|stoptap'], [7.5, 'frozen', '!boiler|combi|condensate|heatpump']],
  },
];

/** Drainage. */
export const DRAINAGE_ISSUES: IssueSpec[] = [
  {
    id: 'blocked-sink', label: 'Blocked sink, bath, shower or basin', area: 'drainage', tier: 'urgent', tags: ['water'],
    cues: [[9.2, 'blocked', 'sink|basin|bath|shower|elecshower|wastepipe|levelaccess'], [7, 'blocked', 'kitchen|bathroom', '!toilet|drain']],
  },
  {
    id: 'drain-flooding', label: 'Blocked drain causing flooding', area: 'drainage', tier: 'emergency', tags: ['external', 'water'],
    cues: [[9.6, 'drain|maindrain|manhole', 'burst', '!smokealarm']],
  },
  {
    id: 'blocked-drain', label: 'Blocked outside drain or gully', area: 'drainage', tier: 'urgent', tags: ['external', 'water'],
    cues: [[9.3, 'blocked|overflow', 'drain'], [8.5, 'drain', 'leak|water|broken|problem|burst'], [6.5, 'drain|maindrain'], [7.5, 'blocked', '!toilet|sink|basin|bath|shower|gutter|binchute|wastepipe']],
  },
  {
    id: 'sewage-backing-up', label: 'Sewage coming up or leaking', area: 'drainage', tier: 'emergency', tags: ['water'],
    cues: [
      [9.7, 'sewage', 'leak|overflow|blocked|burst|water|floor|garden|bath|shower|sink'],
      [9.1, 'sewage', '!smell'], [9.6, 'toilet|drain|maindrain', 'overflow', 'sewage|burst'],
      [9.5, 'maindrain', 'blocked|overflow|leak|burst|broken'],
      [9.6, 'excrement', 'toilet|drain|overflow|bath|shower|sink|basin|floor|blocked|leak', '!animal'],
    ],
  },
  {
    id: 'drain-smell', label: 'Bad smell from drains', area: 'drainage', tier: 'routine', tags: ['water'],
    clarify: {
      id: 'sewage-coming-up', question: 'Is sewage or dirty water coming up anywhere? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'sewage-backing-up' },
    },
    cues: [[9.2, 'smell', 'drain|maindrain|sewage|sink|basin|wastepipe|toilet|bath|shower'], [8, 'sewage', 'smell']],
  },
  {
    id: 'manhole-cover', label: 'Broken or missing manhole or drain cover', area: 'drainage', tier: 'urgent', tags: ['external'],
    clarify: {
      id: 'open-manhole', question: 'Is the cover missing, leaving an open hole? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'manhole-open' },
    },
    cues: [[9.4, 'manhole', 'broken|loose|neg|smashed|cracks|problem|hole|missing|collapse'], [8, 'manhole']],
  },
  // A missing or collapsed cover leaves an open hole someone can fall into.
  {
    id: 'manhole-open', label: 'Manhole or drain cover missing (open hole)', area: 'drainage', tier: 'emergency', tags: ['external'],
    cues: [[9.6, 'manhole', 'missing|collapse|hole', '!sewage']],
  },
];

/** Toilets. */
export const TOILET_ISSUES: IssueSpec[] = [
  {
    id: 'toilet-blocked', label: 'Blocked toilet', area: 'toilets', tier: 'urgent', tags: ['water'], clarify: askOnlyToilet('toilet-blocked-only'),
    cues: [[9.4, 'toilet', 'blocked'], [9, 'toilet', 'overflow', '!cistern|flush|running|overflowpipe'], [8, 'blocked', 'flush']],
  },
  {
    id: 'toilet-blocked-only', label: 'Blocked toilet (the only toilet in the home)', area: 'toilets', tier: 'emergency', tags: ['water'],
    cues: [[9.6, 'toilet', 'blocked', 'only', '!another']],
  },
  {
    id: 'toilet-not-flushing', label: 'Toilet will not flush', area: 'toilets', tier: 'urgent', clarify: askOnlyToilet('toilet-not-flushing-only'), tags: [],
    cues: [
      [9.3, 'flush', 'neg|broken|problem|stuck|loose'], [9.2, 'cistern|toilet', 'neg', 'fill'],
      [8.2, 'toilet|cistern', 'broken|problem'], [7, 'flush'], [4.5, 'toilet'],
    ],
  },
  {
    id: 'toilet-not-flushing-only', label: 'Toilet will not flush (the only toilet in the home)', area: 'toilets', tier: 'emergency', tags: [],
    cues: [[9.55, 'flush', 'neg|broken|problem|stuck|loose', 'only', '!another'], [9.5, 'toilet|cistern', 'broken|problem|neg', 'only', '!another']],
  },
  {
    id: 'toilet-leaking', label: 'Toilet or cistern leaking', area: 'toilets', tier: 'urgent', tags: ['water'], clarify: ASK_STOP_TAP,
    cues: [[9.35, 'toilet|cistern|flush', 'leak'], [8.5, 'toilet|cistern', 'water', '!blocked|flush|neg']],
  },
  {
    id: 'cistern-running', label: 'Toilet cistern keeps running or overflowing', area: 'toilets', tier: 'routine', tags: ['water'],
    cues: [[9.4, 'toilet|cistern|flush', 'running|overflowpipe|stuckon|noturnoff|notstop'], [9.2, 'cistern', 'overflow']],
  },
  {
    id: 'toilet-seat', label: 'Toilet seat broken or loose', area: 'toilets', tier: 'routine', tags: [],
    cues: [[9.5, 'seat', 'broken|loose|smashed|cracks|problem|neg|missing'], [8, 'seat']],
  },
  {
    id: 'toilet-pan-cracked', label: 'Toilet pan cracked or loose', area: 'toilets', tier: 'urgent', tags: ['water'], clarify: askOnlyToilet(),
    cues: [[9.45, 'toilet', 'smashed|cracks'], [9.1, 'toilet', 'loose']],
  },
];
