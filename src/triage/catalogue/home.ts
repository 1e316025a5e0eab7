// Inside the home: pests, adaptations (stairlifts, through-floor lifts, hoists, grab rails,
// ramps), kitchen fittings and bathroom fittings. Their questions ask whether a tenant is
// stranded without an adaptation, whether there is a bath to use instead of a broken
// shower, and whether water is getting through to the room below.
import type { IssueSpec } from './cue-spec.js';
import { ASK_STRANDED, ASK_BATH_INSTEAD, ASK_WATER_BELOW } from './questions.js';

/** Pests. */
export const PEST_ISSUES: IssueSpec[] = [
  {
    id: 'rats', label: 'Rats in or around the home', area: 'pests', tier: 'urgent', tags: ['pests'],
    cues: [[9.3, 'rat']],
  },
  {
    id: 'mice', label: 'Mice in the home', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.2, 'mouse']],
  },
  {
    id: 'wasps-bees', label: 'Wasps or bees nest', area: 'pests', tier: 'urgent', tags: ['pests'],
    cues: [[9.3, 'wasp', '!birds']],
  },
  {
    id: 'cockroaches', label: 'Cockroaches', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.4, 'cockroach']],
  },
  {
    id: 'bed-bugs', label: 'Bed bugs', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.4, 'bedbug']],
  },
  {
    id: 'insects-other', label: 'Ants, fleas, flies or other insects', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[8.8, 'insects', '!bedbug|cockroach|triphazard'], [9.1, 'insects', 'infestation']],
  },
  {
    id: 'birds-pigeons', label: 'Pigeons or birds nesting', area: 'pests', tier: 'routine', tags: ['pests'],
    // Nesting birds are the problem named, over the balcony or panels they foul ("pigeons under the solar panels").
    cues: [[9.25, 'birds', 'wasp|roof|loft|balcony|gutter|noise|infestation|problem|mouse|fascia|chimney|solidfuel'], [7.5, 'birds']],
  },
  {
    id: 'squirrels', label: 'Squirrels in the loft or roof', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[9.2, 'squirrel']],
  },
  {
    id: 'pests-general', label: 'Pests or vermin', area: 'pests', tier: 'routine', tags: ['pests'],
    cues: [[8, 'infestation']],
  },
];

/** Adaptations. */
export const ADAPTATION_ISSUES: IssueSpec[] = [
  {
    id: 'stairlift', label: 'Stairlift not working', area: 'adaptations', tier: 'urgent', tags: ['adaptation'], clarify: ASK_STRANDED,
    cues: [[9.5, 'stairlift', 'broken|neg|problem|stuck|noise|beeping|chirp|trapped'], [8.5, 'stairlift']],
  },
  {
    id: 'through-floor-lift', label: 'Through-floor lift not working', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    clarify: ASK_STRANDED,
    cues: [[9.5, 'tfl', 'broken|neg|problem|stuck|noise|beeping|trapped'], [8.5, 'tfl']],
  },
  {
    id: 'hoist', label: 'Hoist not working', area: 'adaptations', tier: 'urgent', tags: ['adaptation'], clarify: ASK_STRANDED,
    cues: [[9.5, 'hoist', 'broken|neg|problem|stuck|noise|beeping|chirp'], [8.5, 'hoist']],
  },
  {
    id: 'grab-rail', label: 'Grab rail or support rail loose or broken', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    cues: [[9.3, 'grabrail', 'loose|broken|neg|missing|problem', '!balcony'], [7.5, 'grabrail', '!request|newthing|balcony']],
  },
  {
    id: 'ramp', label: 'Ramp damaged', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    cues: [[9.3, 'ramp', 'broken|cracks|loose|danger|problem|hole|rotten'], [7.5, 'ramp', '!request|newthing']],
  },
  {
    id: 'level-access-shower', label: 'Level access shower or wet room fault', area: 'adaptations', tier: 'urgent', tags: ['adaptation'],
    cues: [[9.4, 'levelaccess', 'broken|neg|leak|blocked|problem|cold|loose'], [7.5, 'levelaccess', '!request|newthing']],
  },
  // Major adaptations (a level access shower, a through-floor lift, an extension) are
  // planned works, often with a Disabled Facilities Grant.
  {
    id: 'major-adaptation', label: 'Major adaptation (level access shower, lift, extension)', area: 'adaptations',
    tier: 'planned', tags: ['adaptation', 'major'],
    cues: [
      [9.4, 'adaptation|levelaccess|ramp|stairlift|tfl|hoist', 'severe', '!broken|neg|problem|loose|stuck|leak|blocked|cold'],
      [9.95, 'adaptation|levelaccess|ramp|stairlift|tfl|hoist', 'plannedworks', '!broken|neg|problem|loose|stuck|leak|blocked|cold'],
    ],
  },
  {
    id: 'adaptation-request', label: 'Request for an adaptation (rails, ramp, stairlift, shower)', area: 'adaptations',
    tier: 'routine', tags: ['adaptation'],
    cues: [
      [8.6, 'adaptation', '!broken|neg|problem|loose|stuck|leak'],
      [9.35, 'request|newthing', 'grabrail|ramp|stairlift|levelaccess|hoist|tfl|adaptation', '!broken|loose|stuck|leak|problem'],
      [8.6, 'request', 'banister', '!broken|loose|stuck|problem|cracks|rotten|missing|danger|neg'],
    ],
  },
];

/** Kitchen. */
export const KITCHEN_ISSUES: IssueSpec[] = [
  {
    id: 'kitchen-units', label: 'Kitchen cupboard, drawer or unit broken', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[9.1, 'cupboard', 'broken|loose|hinge|smashed|rotten|stuck|problem|neg|missing|collapse|cracks'], [7, 'cupboard']],
  },
  {
    id: 'worktop', label: 'Kitchen worktop damaged', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[9.1, 'worktop', 'broken|loose|cracks|rotten|problem|burning|smashed|hole|water'], [7.5, 'worktop']],
  },
  {
    id: 'kitchen-tiles', label: 'Kitchen wall tiles loose or cracked', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[9.1, 'tile', 'loose|cracks|broken|missing|collapse|smashed|problem', 'kitchen|cooker|sink'], [6.8, 'tile', 'kitchen|cooker|sink', '!roof|rooftile|floor']],
  },
  {
    id: 'cooker-faulty', label: 'Cooker or oven not working', area: 'kitchen', tier: 'routine', tags: [],
    cues: [[8.6, 'cooker', 'broken|neg|problem'], [5.5, 'cooker']],
  },
  {
    id: 'kitchen-replacement', label: 'New kitchen (replacement)', area: 'kitchen', tier: 'planned', tags: ['major'],
    cues: [[9, 'kitchen', 'newthing|old', 'request|old|newthing', '!leak|burst|blocked|smashed|sparks|damp|mould|cupboard|worktop|tile|tap|onetap|sink|extractor|cooker|cookerpoint|door|intdoor|window|floor|light|socket|sealant']],
  },
];

/** Bathroom. */
export const BATHROOM_ISSUES: IssueSpec[] = [
  {
    id: 'bath-panel', label: 'Bath panel loose or broken', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.3, 'bathpanel', 'loose|broken|missing|cracks|problem|smashed'], [8, 'bathpanel']],
  },
  {
    id: 'sealant', label: 'Sealant round the bath or shower worn or leaking', area: 'bathroom', tier: 'routine', tags: [],
    clarify: ASK_WATER_BELOW,
    cues: [[9.2, 'sealant', 'loose|broken|missing|leak|rotten|cracks|problem|old|neg|water|newthing|mould'], [7.5, 'sealant']],
  },
  {
    id: 'shower-not-working', label: 'Shower not working', area: 'bathroom', tier: 'urgent', tags: [], clarify: ASK_BATH_INSTEAD,
    cues: [[9, 'shower', 'broken|neg|cold|problem|lowpressure|stuck|tripping'], [6, 'shower']],
  },
  // The lists make a broken shower routine where there is a bath to use: the words may say so.
  {
    id: 'shower-not-working-has-bath', label: 'Shower not working (there is a bath to use)', area: 'bathroom', tier: 'routine',
    tags: [],
    cues: [[9.4, 'shower|elecshower', 'broken|neg|cold|problem|lowpressure|stuck|tripping|cutout', 'hasbath', '!leak|blocked|sparks|burning']],
  },
  {
    id: 'electric-shower-faulty', label: 'Electric shower not working', area: 'bathroom', tier: 'urgent', tags: ['electrics'],
    clarify: ASK_BATH_INSTEAD,
    cues: [[9.3, 'elecshower', 'broken|neg|cold|problem|tripping|stuck|lowpressure|cutout'], [7, 'elecshower']],
  },
  {
    id: 'bathroom-tiles', label: 'Bathroom tiles loose or cracked', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.05, 'tile', 'loose|cracks|broken|missing|collapse|smashed|problem|mould', '!kitchen|roof'], [7, 'tile', '!roof|kitchen|rooftile|floor'], [6.8, 'tile', 'bathroom|bath|shower', '!roof|rooftile|floor']],
  },
  {
    id: 'basin-loose', label: 'Wash basin loose or cracked', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.1, 'basin|sink', 'loose|cracks|smashed|broken|problem'], [6, 'basin']],
  },
  {
    id: 'bath-damaged', label: 'Bath chipped, cracked or stained', area: 'bathroom', tier: 'routine', tags: [], clarify: ASK_WATER_BELOW,
    cues: [[9, 'bath', 'cracks|smashed|stain|loose|broken|hole|problem'], [5, 'bath']],
  },
  {
    id: 'shower-screen', label: 'Shower screen or curtain rail broken', area: 'bathroom', tier: 'routine', tags: [],
    cues: [[9.2, 'showerscreen', 'broken|loose|smashed|cracks|missing|problem|stuck'], [7.5, 'showerscreen']],
  },
  {
    id: 'bathroom-replacement', label: 'New bathroom (replacement)', area: 'bathroom', tier: 'planned', tags: ['major'],
    cues: [[9, 'bathroom|bath', 'newthing|old', 'request|old|newthing', '!leak|burst|blocked|smashed|sparks|damp|mould|sealant|tile|bathpanel|tap|onetap|seat|extractor|showerscreen|basin|sink|shower|elecshower|toilet|cistern|flush|light|floor|door|intdoor|window|grabrail|levelaccess']],
  },
];
