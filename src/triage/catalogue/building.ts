// The building's fabric: roofs, structure (ceilings, walls, floors, stairs, balconies,
// asbestos), damp and mould (Awaab's Law), and the outside of the home (gutters, fences,
// gates, paths, sheds, trees). Their questions ask whether anything is falling or hanging
// loose, and whether water coming in is near the electrics. REPAIR_CATALOGUE lists the
// external issues later than the rest, after the bathroom; repair-catalogue.ts keeps that
// order.
import type { IssueSpec } from './cue-spec.js';
import { ASK_LEAK_ELECTRICS, askFalling } from './questions.js';

/** Roofs. */
export const ROOF_ISSUES: IssueSpec[] = [
  {
    id: 'roof-leak', label: 'Roof leaking', area: 'roofs', tier: 'urgent', tags: ['water'], clarify: ASK_LEAK_ELECTRICS,
    cues: [
      [9.4, 'roof|loft|flashing|chimney', 'leak|water|rain'], [9, 'rain', 'leak|ceiling', '!window|door|extdoor|intdoor|communaldoor|gutter'],
      // a blocked or broken gutter letting water into the home is no longer a routine gutter job
      [9.6, 'gutter|fascia', 'ingress'],
    ],
  },
  {
    id: 'roof-leak-severe', label: 'Major roof leak (water pouring in)', area: 'roofs', tier: 'emergency',
    tags: ['water', 'uncontrollable-leak'],
    cues: [
      [9.6, 'roof|loft|flashing', 'leak|water|rain', 'severe|burst'],
      // a hole or collapse leaves the roof open to the weather
      [9.6, 'roof', 'hole|collapse|missing', 'rain|leak|water|ingress'],
    ],
  },
  {
    id: 'roof-tiles', label: 'Loose or missing roof tiles or slates', area: 'roofs', tier: 'urgent', tags: [], clarify: askFalling('roof-falling'),
    cues: [[9.45, 'rooftile', 'loose|missing|smashed|cracks|neg|broken|collapse|fall|storm'], [9, 'rooftile'], [9.35, 'roof', 'tile']],
  },
  {
    id: 'roof-falling', label: 'Roof tiles, slates or chimney at risk of falling', area: 'roofs', tier: 'emergency', tags: [],
    cues: [[9.6, 'rooftile|roof|chimney', 'danger|fall|collapse']],
  },
  {
    id: 'roof-damaged', label: 'Roof damaged', area: 'roofs', tier: 'urgent', tags: [], clarify: askFalling('roof-falling'),
    cues: [[8.9, 'roof|flashing', 'broken|smashed|hole|collapse|problem|storm|cracks|loose|missing|rotten'], [6, 'roof'], [7.5, 'storm', 'broken']],
  },
  {
    id: 'chimney', label: 'Chimney damaged or loose', area: 'roofs', tier: 'urgent', tags: [], clarify: askFalling('roof-falling'),
    cues: [[9.2, 'chimney', 'broken|loose|cracks|collapse|danger|smashed|problem|missing|storm'], [7.5, 'chimney']],
  },
  {
    id: 'fascia-soffit', label: 'Fascia or soffit boards loose or rotten', area: 'roofs', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'fascia', 'loose|broken|rotten|missing|problem|smashed'], [8.2, 'fascia']],
  },
  {
    id: 're-roofing', label: 'Re-roofing (new roof)', area: 'roofs', tier: 'planned', tags: ['major'],
    cues: [[9.3, 'reroof'], [8.9, 'roof', 'newthing|old', 'request|old|newthing', '!leak|rain|hole|storm|missing']],
  },
  {
    id: 'loft-insulation', label: 'Loft or wall insulation', area: 'roofs', tier: 'routine', tags: [],
    cues: [[9, 'insulation'], [8.8, 'pipe', 'insulation']],
  },
];

/** Structure. */
export const STRUCTURE_ISSUES: IssueSpec[] = [
  {
    id: 'ceiling-collapsed', label: 'Ceiling fallen down or about to fall', area: 'structure', tier: 'emergency', tags: [],
    cues: [[9.7, 'ceiling', 'collapse|fall'], [9.3, 'plaster', 'collapse|fall', 'ceiling|above']],
  },
  {
    id: 'ceiling-cracked', label: 'Cracked ceiling or loose plaster on a ceiling', area: 'structure', tier: 'routine', tags: [],
    clarify: {
      id: 'ceiling-sagging', question: 'Is the ceiling sagging, bulging or about to fall? Reply YES or NO',
      yes: { tier: 'emergency', issueId: 'ceiling-collapsed' },
    },
    cues: [[9, 'ceiling', 'cracks|loose|plaster|hole|stain|broken|problem'], [6, 'ceiling']],
  },
  {
    id: 'wall-cracks', label: 'Cracked or loose plaster on walls', area: 'structure', tier: 'routine', tags: [],
    clarify: {
      id: 'crack-growing', question: 'Is the crack wider than a pound coin, or getting bigger? Reply YES or NO',
      yes: { tier: 'urgent' },
    },
    cues: [[9, 'wall|plaster', 'cracks'], [8.8, 'plaster', 'loose|collapse|fall|broken|hole|rotten|missing|problem'], [8.5, 'wall', 'hole|loose|broken|smashed'], [7, 'plaster']],
  },
  // Landlords' lists grade a crack that is large or growing (possible movement) above a
  // hairline crack in the plaster.
  {
    id: 'wall-cracks-serious', label: 'Large or growing crack in a wall', area: 'structure', tier: 'urgent', tags: [],
    cues: [
      [9.3, 'wall|plaster|externalwall|gardenwall|structure', 'cracks', 'growing|severe'],
      [9.2, 'cracks', 'growing', '!bath|basin|sink|toilet|window|glass|tile|worktop|seat|ceiling|floor|path|fence'],
    ],
  },
  {
    id: 'dangerous-structure', label: 'Unsafe structure: wall, balcony or stairs could collapse', area: 'structure', tier: 'emergency', tags: [],
    cues: [
      [9.5, 'danger|collapse', 'wall|externalwall|gardenwall|balcony|structure|floor|stairs', '!rooftile|roof|chimney|communallight|light'],
      [9.3, 'structure', 'cracks|broken|loose|problem'],
      [9.2, 'fall', 'gardenwall|balcony|chimney|structure', '!stairs|banister|tile|plaster|cupboard|socket|light|lightswitch|grabrail'],
    ],
  },
  {
    id: 'stairs-banister', label: 'Stairs, banister or handrail loose or broken', area: 'structure', tier: 'urgent', tags: [],
    cues: [[9.2, 'stairs|banister', 'broken|loose|cracks|smashed|rotten|problem|missing|hole|danger|fall|collapse'], [7.5, 'banister'], [5, 'stairs']],
  },
  {
    id: 'floor-damaged', label: 'Floorboards loose, broken or rotten', area: 'structure', tier: 'routine', tags: [],
    clarify: {
      id: 'floor-hole', question: 'Is there a hole or soft spot someone could fall or trip through? Reply YES or NO',
      yes: { tier: 'urgent' },
    },
    cues: [[9.1, 'floor', 'broken|loose|hole|rotten|cracks|smashed|problem|noise|collapse|triphazard'], [6, 'floor']],
  },
  {
    id: 'skirting-frames', label: 'Skirting boards or door frames loose or damaged', area: 'structure', tier: 'routine', tags: [],
    cues: [[9.1, 'skirting', 'loose|broken|rotten|missing|problem|cracks|smashed'], [7.5, 'skirting'], [8.5, 'frame', 'door|extdoor|intdoor', 'loose|broken|cracks|rotten|smashed']],
  },
  {
    id: 'loft-hatch', label: 'Loft hatch or ladder broken', area: 'structure', tier: 'routine', tags: [],
    cues: [[9.2, 'lofthatch', 'broken|loose|stuck|neg|problem|missing'], [7.5, 'lofthatch']],
  },
  {
    id: 'balcony', label: 'Balcony or walkway damaged', area: 'structure', tier: 'urgent', tags: [], clarify: askFalling('dangerous-structure'),
    cues: [[9.2, 'balcony', 'broken|loose|cracks|rotten|problem|smashed|missing|hole|collapse|danger'], [7, 'balcony']],
  },
  {
    id: 'asbestos', label: 'Damaged material that may contain asbestos', area: 'structure', tier: 'urgent', tags: ['asbestos'],
    cues: [[9.6, 'asbestos']],
  },
];

/** Damp and mould (Awaab's Law). */
export const DAMP_MOULD_ISSUES: IssueSpec[] = [
  // Mould is a routine treatment unless it harms someone or the household is vulnerable
  // (severity.ts raises it, and the conversation asks). Awaab's Law's own clock (investigate
  // within 10 working days) runs whatever the tier, so a routine tier never delays the visit.
  {
    id: 'mould', label: 'Mould on walls, ceilings or windows', area: 'damp-mould', tier: 'routine', tags: ['damp-mould'], awaabs: true,
    cues: [[9.5, 'mould', 'damp|condensation|wall|ceiling|window|bathroom|kitchen|home|smell'], [9.35, 'mould']],
  },
  {
    id: 'damp', label: 'Damp walls or damp patches', area: 'damp-mould', tier: 'urgent', tags: ['damp-mould'], awaabs: true,
    cues: [[9.25, 'damp'], [8.4, 'water', 'wall', '!leak|burst|pipe|light|socket'], [9.55, 'damp|mould', 'gutter|fascia']],
  },
  {
    id: 'condensation', label: 'Condensation on windows and walls', area: 'damp-mould', tier: 'routine', tags: ['damp-mould'], awaabs: true,
    cues: [[9.3, 'condensation', '!misted'], [9.4, 'window|wall', 'condensation', '!misted']],
  },
];

/** External. */
export const EXTERNAL_ISSUES: IssueSpec[] = [
  {
    id: 'gutter', label: 'Gutter or downpipe blocked, leaking or loose', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.5, 'gutter', 'blocked|leak|overflow|loose|broken|missing|problem|water|smashed|cracks|collapse|burst|running|rain'], [8.5, 'gutter']],
  },
  {
    id: 'fence', label: 'Fence broken or blown down', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'fence', 'broken|loose|collapse|rotten|missing|smashed|problem|storm|neg'], [8, 'fence']],
  },
  {
    id: 'gate', label: 'Garden gate broken', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'gate', 'broken|loose|hinge|stuck|nolock|rotten|smashed|problem|collapse|missing|neg|lock'], [9.35, 'gate', 'lock', 'broken|loose|open|insecure|neg'], [7.5, 'gate']],
  },
  {
    id: 'path', label: 'Path, steps or paving broken or uneven', area: 'external', tier: 'routine', tags: ['external'],
    clarify: {
      id: 'path-trip', question: 'Is it a trip hazard on the main way to your door? Reply YES or NO',
      yes: { tier: 'urgent' },
    },
    cues: [[9.1, 'path', 'broken|loose|cracks|triphazard|hole|smashed|problem|collapse|danger'], [8.5, 'triphazard'], [6.5, 'path']],
  },
  {
    id: 'garden-wall', label: 'Garden wall damaged', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.1, 'gardenwall', 'cracks|loose|broken|problem|missing|smashed|hole'], [7, 'gardenwall']],
  },
  {
    id: 'external-wall', label: 'Outside wall, brickwork or render damaged', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9, 'externalwall', 'cracks|loose|broken|hole|rotten|missing|problem|smashed|collapse|damp'], [6.5, 'externalwall']],
  },
  {
    id: 'shed', label: 'Shed or outbuilding damaged', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.5, 'shed', 'broken|leak|rotten|nolock|insecure|smashed|problem|roof|door|collapse|window|hole|lock'], [7, 'shed']],
  },
  {
    id: 'garage-door', label: 'Garage door broken', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.2, 'garagedoor', 'broken|stuck|nolock|insecure|smashed|problem|neg|lock|loose|open|closeword']],
  },
  {
    id: 'tree', label: 'Tree or hedge causing a problem', area: 'external', tier: 'urgent', tags: ['external'], clarify: askFalling('dangerous-structure'),
    cues: [[9, 'tree', 'collapse|danger|broken|problem|loose|storm|roof|window|blocked|wall|gutter'], [7, 'tree']],
  },
  // A fallen tree on the home or across the way in is a danger and can trap the household.
  {
    id: 'tree-fallen', label: 'Fallen tree on the home or blocking access', area: 'external', tier: 'emergency', tags: ['external'],
    cues: [[9.5, 'tree', 'fall|collapse|storm', 'blocked|roof|window|extdoor|access']],
  },
  {
    id: 'external-redecoration', label: 'Outside or communal redecoration', area: 'external', tier: 'planned', tags: ['external', 'major'],
    cues: [[9, 'decorate', 'outside|externalwall|fascia|communal|window|gutter|fence']],
  },
  {
    id: 'washing-line', label: 'Washing line or rotary dryer broken', area: 'external', tier: 'routine', tags: ['external'],
    cues: [[9.2, 'washingline']],
  },
];
