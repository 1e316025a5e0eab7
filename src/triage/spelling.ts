// How tenants write words in a text message, and what they mean: SMS spellings,
// abbreviations and common misspellings (pls, 2moro, toliet, lecky), each written out as
// the word or words normalise() should see, with every negative contraction as "not". Also
// the neighbours that tell "dr" as a door from "dr" as a doctor. Kept apart from
// normalise.ts so the lists can grow without burying the logic that reads them; the
// expansions are also fuzzy-matching targets.
/** SMS spellings and abbreviations, one token to one or more words. */
export const SMS: Record<string, string> = {
  // courtesy and small words
  pls: 'please', plz: 'please', plez: 'please', pleez: 'please', plse: 'please', pleas: 'please', plss: 'please',
  thx: 'thanks', thnx: 'thanks', thanx: 'thanks', thanq: 'thank you', tnx: 'thanks', ty: 'thank you', thnks: 'thanks',
  cos: 'because', coz: 'because', cuz: 'because', bcoz: 'because', bcos: 'because', becos: 'because',
  becoz: 'because', bcause: 'because', bc: 'because', bcuz: 'because',
  u: 'you', ur: 'your', r: 'are', n: 'and', nd: 'and', wiv: 'with', wif: 'with', ov: 'of', av: 'have',
  hav: 'have', abt: 'about', bout: 'about', wat: 'what', wot: 'what', wht: 'what', wen: 'when',
  dat: 'that', tht: 'that', der: 'there', dere: 'there', thr: 'there', jus: 'just', jst: 'just',
  agen: 'again', agn: 'again', agin: 'again', evry: 'every', nite: 'night', ppl: 'people',
  msg: 'message', txt: 'text', fone: 'phone', phn: 'phone', prob: 'problem', probs: 'problems',
  hse: 'house', cllr: 'councillor', appt: 'appointment', govt: 'government', im: 'i am',
  yh: 'yes', yeh: 'yes', yea: 'yes', yep: 'yes', yup: 'yes', yeah: 'yes', nah: 'no', nope: 'no', naa: 'no',
  summat: 'something', sumthin: 'something', sumfin: 'something', somethin: 'something', smth: 'something',
  nuffin: 'nothing', nothin: 'nothing', nuthin: 'nothing', nufin: 'nothing', nowt: 'nothing', owt: 'anything',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', dunno: 'do not know', lemme: 'let me',
  doin: 'doing', bein: 'being', wats: 'whats', wots: 'whats', comin: 'coming', goin: 'going', waitin: 'waiting', happenin: 'happening',
  // people
  som1: 'someone', sum1: 'someone', some1: 'someone', sumone: 'someone', sumbody: 'somebody',
  no1: 'nobody', any1: 'anyone', ne1: 'anyone', every1: 'everyone', evry1: 'everyone',
  // time
  '2day': 'today', '2dy': 'today', tday: 'today', tdy: 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow',
  '2mrw': 'tomorrow', '2mro': 'tomorrow', '2moz': 'tomorrow', tmrw: 'tomorrow', tmr: 'tomorrow',
  tmoz: 'tomorrow', tomoz: 'tomorrow', tomoro: 'tomorrow', tommorow: 'tomorrow', tomorow: 'tomorrow',
  tommorrow: 'tomorrow', '2nite': 'tonight', '2nyt': 'tonight', tonite: 'tonight', tonyt: 'tonight',
  yday: 'yesterday', ystrdy: 'yesterday', yest: 'yesterday', yesterdy: 'yesterday', b4: 'before',
  l8: 'late', l8r: 'later', gr8: 'great', m8: 'mate', w8: 'wait', str8: 'straight',
  wk: 'week', wks: 'weeks', hr: 'hour', hrs: 'hours', mins: 'minutes', mth: 'month', mnth: 'month',
  mths: 'months', wkend: 'weekend', wknd: 'weekend', yrs: 'years',
  mon: 'monday', tues: 'tuesday', tue: 'tuesday', weds: 'wednesday', thurs: 'thursday', thur: 'thursday',
  thu: 'thursday', fri: 'friday',
  munday: 'monday', mundy: 'monday', tuesdy: 'tuesday', tusday: 'tuesday', wensday: 'wednesday', wendsday: 'wednesday',
  wednesdy: 'wednesday', thersday: 'thursday', thirsday: 'thursday', fryday: 'friday', satday: 'saturday', saturdy: 'saturday',
  secend: 'second', secnd: 'second', sekond: 'second', thurd: 'third', stayd: 'stayed', stade: 'stayed',
  // negatives: all become "not"
  dont: 'not', doesnt: 'not', dosnt: 'not', dosent: 'not', doesent: 'not', doesn: 'not', wont: 'not',
  cant: 'not', carnt: 'not', cnt: 'not', cannot: 'not', isnt: 'not', isn: 'not', aint: 'not', arent: 'not',
  aren: 'not', wasnt: 'not', wasn: 'not', werent: 'not', didnt: 'not', didn: 'not', hasnt: 'not',
  havent: 'not', hadnt: 'not', couldnt: 'not', cudnt: 'not', cldnt: 'not', wouldnt: 'not', wudnt: 'not',
  shouldnt: 'not', mustnt: 'not', neednt: 'not', couldn: 'not', wouldn: 'not', shouldn: 'not',
  hasn: 'not', hadn: 'not', mustn: 'not', haven: 'not', weren: 'not', nt: 'not', dnt: 'not', dosen: 'not', wount: 'not',
  // the home
  bk: 'back', bak: 'back', bck: 'back', frnt: 'front', frt: 'front', fnt: 'front', rm: 'room',
  dor: 'door', doar: 'door', dorr: 'door', dores: 'doors', lok: 'lock', lck: 'lock', lokd: 'locked', lockd: 'locked',
  wndw: 'window', windw: 'window', windo: 'window', winda: 'window', windoe: 'window', wndow: 'window',
  windaw: 'window', wndws: 'windows', windos: 'windows', windas: 'windows', windaes: 'windows',
  kitchin: 'kitchen', kitchn: 'kitchen', kichen: 'kitchen', kitchan: 'kitchen', kitcen: 'kitchen', kitch: 'kitchen',
  bathrm: 'bathroom', bthrm: 'bathroom', bathrom: 'bathroom', barthroom: 'bathroom', bathroon: 'bathroom',
  bedrm: 'bedroom', bedrom: 'bedroom', bdrm: 'bedroom', bedrum: 'bedroom', livin: 'living',
  celing: 'ceiling', cieling: 'ceiling', cealing: 'ceiling', ceilin: 'ceiling', seiling: 'ceiling', cielings: 'ceilings',
  toliet: 'toilet', toilit: 'toilet', toilett: 'toilet', tiolet: 'toilet', toillet: 'toilet', toylet: 'toilet',
  tolet: 'toilet', toielt: 'toilet', toliets: 'toilets', toilette: 'toilet',
  boila: 'boiler', boilr: 'boiler', boyler: 'boiler', boilor: 'boiler', boilar: 'boiler', boilier: 'boiler', boilah: 'boiler',
  rad: 'radiator', rads: 'radiators', radz: 'radiators', radiater: 'radiator', radiaters: 'radiators',
  til: 'until', untill: 'until', itll: 'it will', theyll: 'they will', youll: 'you will', thatll: 'that will',
  flytipping: 'fly tipping', flytipped: 'fly tipped', flytip: 'fly tip', flytippers: 'fly tippers',
  lecky: 'electric', leccy: 'electric', lekky: 'electric', lectric: 'electric', lectrics: 'electrics', elec: 'electric',
  elecs: 'electrics', elecy: 'electric', elekky: 'electric', lectricity: 'electricity', leckie: 'electric',
  lite: 'light', lites: 'lights', shwr: 'shower', showr: 'shower', h2o: 'water', mold: 'mould', moldy: 'mouldy',
  molds: 'moulds', leek: 'leak', leeks: 'leaks', leekin: 'leaking', leekn: 'leaking', leakn: 'leaking',
  leakin: 'leaking', leeking: 'leaking', leeked: 'leaked', leeky: 'leaky', leakig: 'leaking',
  brkn: 'broken', brokn: 'broken', brokem: 'broken', brocken: 'broken', brokan: 'broken', borken: 'broken',
  knackerd: 'knackered', nackered: 'knackered', knakered: 'knackered', nakkered: 'knackered', nackerd: 'knackered',
  wrkin: 'working', wrking: 'working', wrkng: 'working', werkin: 'working', wokring: 'working',
  wrk: 'work', wrks: 'works', mingin: 'minging', hw: 'hot water', ch: 'central heating',
  gutta: 'gutter', guttr: 'gutter', fense: 'fence', stopcok: 'stopcock', intercomm: 'intercom',
  elctric: 'electric', electic: 'electric', electrics: 'electrics', plumbin: 'plumbing',
  // regional: Geordie "nee" and Scots "nae" for no, "watta" and "watter" for water
  nee: 'no', nae: 'no', watta: 'water', watter: 'water', wata: 'water', warra: 'water',
  // more UK texting: through, though, could, would, should, said, never, over, without...
  thru: 'through', thro: 'through', thrugh: 'through', tho: 'though', altho: 'although',
  cud: 'could', wud: 'would', shud: 'should', shudnt: 'not', gud: 'good',
  sed: 'said', sez: 'says', sum: 'some', sumtimes: 'sometimes', sumwhere: 'somewhere', neva: 'never', nvr: 'never',
  eva: 'ever', ova: 'over', undr: 'under', wivout: 'without', widout: 'without', wiout: 'without',
  alwys: 'always', allways: 'always', realy: 'really', rly: 'really', rite: 'right', rong: 'wrong', luk: 'look',
  cum: 'come', cumin: 'coming', cummin: 'coming', gunna: 'going to', gona: 'going to', tryna: 'trying to',
  lyk: 'like', rn: 'right now', asap: 'as soon as possible', nxt: 'next', yous: 'you', youse: 'you', ya: 'you',
  yer: 'your', thanku: 'thank you', thankyu: 'thank you', tanks: 'thanks',
  // neighbours, as they are spelt
  nabour: 'neighbour', nabours: 'neighbours', naybour: 'neighbour', naybours: 'neighbours', neighbor: 'neighbour',
  neighbors: 'neighbours', nieghbour: 'neighbour', nieghbours: 'neighbours', neigbour: 'neighbour', neigbours: 'neighbours',
  nieghbor: 'neighbour', neighbr: 'neighbour', nbr: 'neighbour', nbrs: 'neighbours', naber: 'neighbour', nabor: 'neighbour',
  // the home and its faults, as they are spelt
  cubord: 'cupboard', cuboard: 'cupboard', cubboard: 'cupboard', cupbord: 'cupboard', cubords: 'cupboards',
  electrick: 'electric', electrik: 'electric', lectrick: 'electric', blokked: 'blocked', bloked: 'blocked', blockd: 'blocked',
  brokken: 'broken', blokd: 'blocked', blocd: 'blocked', wurk: 'work', wurks: 'works', wurkin: 'working', wurking: 'working', werk: 'work', werks: 'works', warter: 'water', woter: 'water', ruf: 'roof', roofe: 'roof', dore: 'door', shwer: 'shower', babby: 'baby', babbys: 'babys',
  emergancy: 'emergency', emergancey: 'emergency', emergeny: 'emergency', emergancys: 'emergencies', urgant: 'urgent',
  apointment: 'appointment', appointmnt: 'appointment', apointmnt: 'appointment', appoinment: 'appointment',
  complant: 'complaint', complaintt: 'complaint', complane: 'complain', dammage: 'damage',
};

/** Words that name a door when "dr" stands next to them; "dr" elsewhere is left alone (it may be a doctor). */
export const DOOR_NEIGHBOURS = new Set([
  'front', 'back', 'bk', 'frnt', 'kitchen', 'bedroom', 'bathroom', 'fire', 'patio', 'garage', 'shed',
  'cupboard', 'wardrobe', 'entrance', 'communal', 'main', 'lock', 'locks', 'handle', 'frame', 'hinge',
  'hinges', 'bell', 'entry', 'wont', 'not', 'kicked', 'lock', 'closer', 'the', 'side', 'rear', 'internal',
]);
/**
 * Things and people that "me" owns in Northern and Scottish speech ("me back door", "me
 * mam"): before one of these, "me" is read as "my", so "kicked me back door in" is damage
 * to a door and not an attack on the tenant. "back" and "front" count only before a place
 * ("me back door", not "hurt me back").
 */
export const OWNED_AFTER_ME = new Set([
  'door', 'doors', 'window', 'windows', 'car', 'van', 'house', 'flat', 'home', 'kitchen', 'bathroom', 'bedroom', 'garden',
  'fence', 'gate', 'shed', 'roof', 'ceiling', 'boiler', 'heating', 'radiator', 'radiators', 'toilet', 'sink', 'shower', 'bath',
  'stairs', 'landing', 'hall', 'tyres', 'bins', 'bin', 'mam', 'mum', 'nan', 'nana', 'dad', 'da', 'grandad', 'granda', 'kids',
  'kid', 'bairn', 'bairns', 'son', 'lad', 'daughter', 'lass', 'husband', 'wife', 'partner', 'missus', 'fella', 'dog', 'cat',
]);
export const OWNED_PLACES_AFTER_BACK_OR_FRONT = new Set(['door', 'dr', 'garden', 'gate', 'window', 'room', 'bedroom', 'yard', 'step', 'wall', 'fence']);
export const DOCTOR_NEIGHBOURS = new Set(['said', 'says', 'told', 'appointment', 'appt', 'surgery', 'letter', 'note', 'gp', 'has', 'thinks']);
