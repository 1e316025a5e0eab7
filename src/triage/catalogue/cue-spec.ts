// How an issue's cues are written and read. In the catalogue files a cue is a compact tuple,
// [weight, group, group, ...], where a group is concepts joined by "|" and a group starting
// with "!" must be absent; toCue() turns it into the RepairCue the matcher reads. IssueSpec
// is a catalogue issue with its cues still attached, the shape every issue file exports.
import type { RepairIssue } from '../triage.types.js';

/** A cue: every group must be present (a group is concepts joined by "|"); a "!" group must be absent. */
export interface RepairCue {
  w: number;
  all: string[];
  none: string[];
}

/** [weight, ...groups]: a cue as the issue files write it. */
export type CueSpec = [number, ...string[]];
/** A catalogue issue with the cues that point to it. */
export type IssueSpec = RepairIssue & { cues: CueSpec[] };

export function toCue([w, ...groups]: CueSpec): RepairCue {
  return {
    w,
    all: groups.filter((g) => !g.startsWith('!')),
    none: groups.filter((g) => g.startsWith('!')).map((g) => g.slice(1)),
  };
}
