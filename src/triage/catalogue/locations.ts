// Where in the home a report is about (kitchen, front door, loft, communal areas...). The
// matcher finds the location apart from the issue and returns it alongside, so no issue
// needs a copy for every room; normalise() also takes these words (and the location
// names) as known vocabulary, so misspellings of them are corrected.
/**
 * Where in the home: location -> words, in the form normalise() writes them. The first
 * named in the message wins; a longer phrase beats a shorter one at the same place.
 */
export const REPAIR_LOCATIONS: Record<string, string[]> = {
  'front door': ['front door', 'front doors'],
  'back door': ['back door', 'rear door', 'back doors'],
  'patio door': ['patio door', 'patio doors', 'french doors', 'french door'],
  kitchen: ['kitchen', 'kitchens'],
  bathroom: ['bathroom', 'bath', 'bathtub', 'bath tub', 'shower', 'shower room', 'en suite', 'ensuite', 'bathrooms', 'wet room', 'wetroom'],
  toilet: ['downstairs toilet', 'upstairs toilet', 'toilet room', 'cloakroom'],
  bedroom: ['bedroom', 'bedrooms', 'box room', 'boxroom', 'kids room', 'babys room', 'spare room', 'nursery', 'childrens room', 'sons room', 'daughters room', 'my room', 'bed room'],
  'living room': ['living room', 'lounge', 'front room', 'sitting room', 'livingroom', 'living area'],
  'dining room': ['dining room', 'dining area'],
  hall: ['hall', 'hallway', 'entrance hall', 'passage'],
  landing: ['landing'],
  stairs: ['stairs', 'staircase', 'stairwell', 'stair'],
  loft: ['loft', 'attic', 'roof space', 'loft space'],
  garden: ['garden', 'back garden', 'front garden', 'yard', 'gardens'],
  outside: ['outside', 'external', 'outdoors', 'exterior', 'outside wall'],
  communal: ['communal', '=block', 'the =block', 'corridor', 'lobby', 'foyer', 'shared area', 'bin room', 'communal area', 'communal areas'],
  garage: ['garage'],
  shed: ['shed'],
  balcony: ['balcony'],
  porch: ['porch'],
  'utility room': ['utility', 'utility room'],
  'airing cupboard': ['airing cupboard'],
  conservatory: ['conservatory'],
  cellar: ['cellar', 'basement'],
  roof: ['roof', 'flat roof'],
};
