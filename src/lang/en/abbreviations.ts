import type { AbbreviationTable } from '../../stages/segment/abbreviation-types.js';

/**
 * English dotted abbreviations in news text, matched case-sensitively so that "No. 10" is an
 * abbreviation and "said no." is not. Country and company forms ("U.S.", "Inc.") are `starter`:
 * they open noun phrases far more often than they close sentences.
 */
export const enAbbreviations: AbbreviationTable = {
  caseSensitive: true,
  entries: {
    // titles before names
    Mr: 'title',
    Mrs: 'title',
    Ms: 'title',
    Dr: 'title',
    Prof: 'title',
    Gen: 'title',
    Lt: 'title',
    Col: 'title',
    Maj: 'title',
    Capt: 'title',
    Sgt: 'title',
    Cpl: 'title',
    Adm: 'title',
    Cmdr: 'title',
    Sen: 'title',
    Rep: 'title',
    Gov: 'title',
    Pres: 'title',
    Rev: 'title',
    Hon: 'title',
    Amb: 'title',
    Supt: 'title',
    Det: 'title',
    St: 'title',
    Mt: 'title',
    Ft: 'title',
    // months before day numbers
    Jan: 'title',
    Feb: 'title',
    Mar: 'title',
    Apr: 'title',
    Jun: 'title',
    Jul: 'title',
    Aug: 'title',
    Sep: 'title',
    Sept: 'title',
    Oct: 'title',
    Nov: 'title',
    Dec: 'title',
    // references
    No: 'tail',
    Nos: 'tail',
    Fig: 'title',
    Vol: 'title',
    Art: 'title',
    vs: 'title',
    v: 'title',
    cf: 'title',
    approx: 'title',
    'e.g': 'title',
    'i.e': 'title',
    'a.k.a': 'title',
    etc: 'tail',
    Jr: 'tail',
    Sr: 'tail',
    Ave: 'tail',
    Rd: 'tail',
    Blvd: 'tail',
    // countries, places, companies, times
    'U.S': 'starter',
    'U.S.A': 'starter',
    'U.K': 'starter',
    'U.N': 'starter',
    'E.U': 'starter',
    'D.C': 'starter',
    'N.Y': 'starter',
    'L.A': 'starter',
    'a.m': 'starter',
    'p.m': 'starter',
    Inc: 'starter',
    Corp: 'starter',
    Co: 'starter',
    Ltd: 'starter',
    Bros: 'starter',
    Calif: 'starter',
    Fla: 'starter',
    Ariz: 'starter',
    Mich: 'starter',
    Tenn: 'starter',
    Wash: 'starter',
  },
  sentenceStarters: (
    'the a an he she it they we i you this that these those there his her its their our in on ' +
    'at but and or so after before as for if when while meanwhile however since some many most ' +
    'officials according what why how earlier later both no one also during last on by with ' +
    'from until under'
  ).split(' '),
};
