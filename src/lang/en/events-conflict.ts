import type { TriggerRule } from '../shared/events.js';
import { AGAINST, OBJECT, OBJECT_OR_ADJECTIVE, WITH } from './events-slots.js';

const AERIAL = {
  word: 'missile|missiles|air|airstrike|airstrikes|bomb|bombs|bombed|rocket|rockets',
  mode: 'aerial',
  cameo: '195',
};
const DRONE = { word: 'drone|drones|shahed|shaheds|uav|uavs', mode: 'drone', cameo: '195' };
const ARTILLERY = { word: 'artillery|shelled|shelling|shells', mode: 'heavy-weapons', cameo: '194' };

/** Sanctions, strikes and appointments. */
export const CONFLICT: readonly TriggerRule[] = [
  {
    id: 'sanction.impose.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '163',
    words: [
      'sanctions|sanction|embargo',
      'imposed|impose|imposes|imposing|announced|expanded|extended|adopted|approved|introduced|new|slapped|tightened|unveiled|levied',
    ],
    window: 5,
    target: AGAINST,
    genitiveSource: true,
    noun: true,
    // "talks to continue despite new sanctions": the clause's subject imposes them only with a
    // verb of imposing.
    nounVerbs:
      'imposed|impose|imposes|imposing|announced|announce|announces|expanded|expand|extended|extend|adopted|adopt|adopts|approved|approve|approves|introduced|introduce|slapped|tightened|tighten|unveiled|unveil|levied|present|presented|presents|proposed|propose|proposes|prepare|prepared|preparing|passed|agreed|rolled|hit|targeted|target',
  },
  {
    id: 'sanction.verb.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '163',
    words: ['sanctioned|blacklisted'],
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    id: 'sanction.expel.1',
    type: 'SANCTION',
    mode: 'expel',
    cameo: '166',
    words: ['expelled|expels|expel|expelling|expulsion', 'diplomats|diplomat|ambassador|envoy|attache|staff'],
    window: 4,
    target: [{ adjective: true }, OBJECT],
  },
  {
    id: 'sanction.ties.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '161',
    words: ['severed|cut|broke|suspended|downgraded', 'ties|relations'],
    window: 3,
    target: [WITH],
  },
  {
    // "suspended trade with India", "banned imports from Russia": an embargo.
    id: 'sanction.trade.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '163',
    words: ['suspended|suspends|halted|halts|banned|bans|ban|froze|blocked', 'trade|imports|exports'],
    window: 2,
    target: [{ prep: 'with|from|to' }, { adjective: true }],
  },
  {
    // "Japan halted economic aid to Serbia": cutting aid is a sanction (CAMEO 162), before the
    // aid rules would take "aid".
    id: 'sanction.aid.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '162',
    words: [
      'halted|halts|halt|suspended|suspends|suspend|froze|freezes|freeze|cut|cuts|withheld|withholds|withdrew|ended',
      'aid|assistance|funding|loans',
    ],
    window: 3,
    refine: [
      { word: 'military|weapons|security', mode: 'discontinue', cameo: '1622' },
      { word: 'economic|financial|budget', mode: 'discontinue', cameo: '1621' },
    ],
    target: [{ prep: 'to|for' }, { adjective: true }],
  },
  {
    id: 'assault.down.1',
    type: 'ASSAULT',
    mode: 'aerial',
    cameo: '195',
    words: ['shot|shoots|shoot', 'down'],
    window: 1,
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    id: 'assault.down.2',
    type: 'ASSAULT',
    mode: 'aerial',
    cameo: '195',
    words: ['downed|intercepted'],
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    // "hackers attacked the IT systems of several municipalities": the attack is on computers.
    id: 'coerce.cyber.2',
    type: 'COERCE',
    mode: 'cyber',
    cameo: '176',
    words: [
      'attacked|hacked|breached|targeted|disrupted|paralysed|paralyzed',
      'systems|networks|servers|websites|computers|IT',
    ],
    window: 3,
    target: [{ prep: 'on|against' }, OBJECT],
    adjectiveSource: true,
  },
  {
    id: 'assault.strike.1',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: ['struck|attacked|shelled|bombed|hit|targeted|pounded|bombarded|raided'],
    refine: [AERIAL, DRONE, ARTILLERY],
    target: [OBJECT, { prep: 'on|against' }],
    adjectiveSource: true,
  },
  {
    // "North Korea fired a ballistic missile into the sea": a launch that hits no one is a show of
    // force (before assault.strike.3, which would take "fired").
    id: 'mobilize.launch.1',
    type: 'MOBILIZE',
    mode: 'weapons',
    cameo: '150',
    words: ['launched|fired|launches|fires|test-fired', 'sea|waters|test'],
    window: 8,
  },
  {
    // "Russia launched 450 drones and 30 missiles at Ukraine overnight".
    id: 'assault.strike.3',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: [
      'launched|fired|launches|fires',
      'drones|missiles|rockets|shells|drone|missile|rocket|ballistic|shaheds',
    ],
    window: 4,
    refine: [AERIAL, DRONE, ARTILLERY],
    target: [{ prep: 'at|on|against|toward|towards' }],
    adjectiveSource: true,
  },
  {
    // Nouns: "a Russian drone attack on Kyiv"; the subject of the sentence did not strike.
    id: 'assault.strike.2',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: [
      'strike|strikes|airstrike|airstrikes|attack|attacks|shelling|bombardment|barrage|assault|offensive|raid|raids|bombing',
    ],
    refine: [AERIAL, DRONE, ARTILLERY],
    target: [{ prep: 'on|against' }],
    adjectiveSource: true,
    noun: true,
    genitiveSource: true,
    nounVerbs:
      'launched|launches|launch|carried|carries|conducted|conducts|staged|mounted|unleashed|unleashes|began',
  },
  {
    // "Russian forces captured the village of Vremivka": ground taken by force.
    id: 'assault.capture.1',
    type: 'ASSAULT',
    mode: null,
    cameo: '192',
    words: [
      'captured|seized|occupied|took',
      'village|villages|town|towns|city|settlement|settlements|control|positions',
    ],
    window: 3,
    target: [{ prep: 'of|in|near' }],
    adjectiveSource: true,
  },
  {
    id: 'appoint.approve.1',
    type: 'APPOINT',
    mode: 'approved',
    cameo: '010',
    // "appointed Andrej Babis as prime minister"; a title before the verb is its subject's.
    words: ['confirmed|approved|appointed|elected|named|nominated', 'as'],
    window: 5,
    target: [OBJECT],
    swap: true,
  },
  {
    id: 'appoint.approve.2',
    type: 'APPOINT',
    mode: 'approved',
    cameo: '010',
    words: ['confirmed|elected|named|nominated|appointed', 'president|chancellor|speaker|premier|prime'],
    window: 4,
    target: [OBJECT],
    swap: true,
  },
  {
    id: 'appoint.sworn.1',
    type: 'APPOINT',
    mode: 'appointed',
    cameo: '010',
    words: ['sworn', 'in'],
    window: 1,
  },
  {
    id: 'appoint.resign.1',
    type: 'APPOINT',
    mode: 'resigned',
    cameo: '010',
    words: ['resigned|resigns|resignation'],
  },
  {
    id: 'appoint.resign.2',
    type: 'APPOINT',
    mode: 'resigned',
    cameo: '010',
    words: ['stepped|steps|step', 'down'],
    window: 1,
  },
];
