import type { TriggerRule } from '../shared/events.js';
import { AGAINST, OBJECT, OBJECT_OR_ADJECTIVE, WITH } from './events-slots.js';

const AERIAL = {
  word: 'missile|missiles|air|airstrike|airstrikes|bomb|bombs|bombed|rocket|rockets',
  mode: 'aerial',
  cameo: '195',
};
const DRONE = { word: 'drone|drones|shahed|shaheds|uav|uavs', mode: 'drone', cameo: '195' };
const ARTILLERY = { word: 'artillery|shelled|shelling|shells', mode: 'heavy-weapons', cameo: '194' };

/** Sanctions, strikes, appointments, accusations, demands, refusals and threats. */
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
  {
    id: 'accuse.accuse.1',
    type: 'ACCUSE',
    mode: 'allege',
    cameo: '112',
    words: ['accused|accuses|accuse|accusing|blamed|blames|blame|blaming'],
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    id: 'accuse.condemn.1',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    words: [
      'condemned|condemns|condemn|criticised|criticized|criticises|criticizes|denounced|denounces|slammed|decried|deplored|rebuked|opposed|opposes',
    ],
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    // "lodged a formal protest with Beijing": a government's protest is an official complaint,
    // not a demonstration (before protest.demo.1, which would take "protest").
    id: 'accuse.summon.3',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '114',
    words: ['lodged|lodges|lodge|filed|files|delivered|issued|registered', 'protest|protests'],
    window: 4,
    target: [{ prep: 'with|to' }, OBJECT],
  },
  {
    // Handing a protest note and summoning an envoy are one official complaint.
    id: 'accuse.summon.2',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '114',
    words: ['protest', 'note'],
    window: 1,
    target: [{ prep: 'to' }, OBJECT],
  },
  {
    id: 'accuse.summon.1',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '114',
    words: ['summoned|summons|summoning|summon', "ambassador|envoy|charge|diplomat|d'affaires"],
    window: 6,
    target: [{ adjective: true }, OBJECT],
    // "The Russian ambassador was summoned to the foreign ministry in Berlin".
    source: [{ prep: 'by' }, { prep: 'in' }],
  },
  {
    id: 'accuse.investigate.1',
    type: 'ACCUSE',
    mode: 'investigate',
    cameo: '090',
    words: ['charged|indicted|prosecuted|investigating|investigated|probing'],
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    id: 'accuse.investigate.2',
    type: 'ACCUSE',
    mode: 'investigate',
    cameo: '090',
    words: ['investigation|probe|inquiry|case', 'opened|launched|opens|launches|began'],
    window: 3,
    target: [{ prep: 'into|against' }],
  },
  {
    id: 'accuse.call.1',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    words: [
      'called|calling|branded|described|labelled|labeled',
      'provocation|provocative|crime|crimes|terror|terrorism|terrorist|aggression|unacceptable|illegal|lie|lies|blackmail|piracy|violation|threat|escalation|act|reckless|irresponsible|attack|outrageous|absurd|unfriendly|hostile|baseless|groundless|unjustified|destabilising|destabilizing|hypocritical|propaganda',
    ],
    window: 8,
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    // "This was a large-scale provocation," he said: a judgement on what just happened.
    id: 'accuse.call.2',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    words: ['provocation|aggression|terrorism|piracy|blackmail', 'this|it|that'],
    window: 4,
  },
  {
    id: 'request.call.1',
    type: 'REQUEST',
    mode: null,
    cameo: '020',
    words: [
      'urged|urges|urge|urging|asked|asks|asking|appealed|appeals|pressed|requested|requests|sought|seeks',
    ],
    target: [OBJECT, { prep: 'on|to|for' }],
  },
  {
    id: 'request.call.2',
    type: 'REQUEST',
    mode: null,
    cameo: '020',
    words: ['called|calls|calling', 'on|upon|for'],
    window: 1,
    target: [{ prep: 'on|upon' }],
  },
  {
    id: 'request.demand.1',
    type: 'REQUEST',
    mode: null,
    cameo: '100',
    words: ['demanded|demands|demand|demanding|insisted|insists'],
    target: [{ prep: 'from|of' }, OBJECT],
  },
  {
    // "Hungary blocked the opening of EU accession talks": a government blocking a decision
    // refuses it (roads blocked by protesters are protest.obstruct, which comes first).
    id: 'reject.block.1',
    type: 'REJECT',
    mode: null,
    cameo: '120',
    words: [
      'blocked|blocks|blocking|vetoed|vetoes',
      'opening|talks|decision|package|aid|sanctions|loan|accession|membership|resolution|deal|proposal',
    ],
    window: 5,
    // "talks with Ukraine", "aid for Ukraine": whom the blocked decision concerns.
    target: [{ prep: 'with|for|to' }, ...OBJECT_OR_ADJECTIVE],
  },
  {
    id: 'reject.reject.1',
    type: 'REJECT',
    mode: null,
    cameo: '120',
    words: ['rejected|rejects|reject|rejecting|dismissed|dismisses|vetoed|vetoes|rebuffed|spurned'],
    target: OBJECT_OR_ADJECTIVE,
  },
  {
    id: 'reject.decline.1',
    type: 'REJECT',
    mode: null,
    cameo: '120',
    words: ['declined|refused|refuses|refusing|denied|denies'],
    target: [OBJECT],
  },
  {
    // "ruled out financing it"; a court that "ruled" decided, it did not refuse.
    id: 'reject.decline.2',
    type: 'REJECT',
    mode: null,
    cameo: '120',
    words: ['ruled|rules|rule', 'out'],
    window: 1,
    target: [OBJECT],
  },
  {
    // "Budapest would not take part in the scheme", "will not recognise the results".
    id: 'reject.not.1',
    type: 'REJECT',
    mode: null,
    cameo: '120',
    words: ['not|never', 'recognise|recognize|accept|participate|part|join|support|back|endorse'],
    window: 2,
    target: [OBJECT, { prep: 'in' }],
    negative: true,
  },
  {
    id: 'threaten.threaten.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['threatened|threatens|threaten|threatening'],
    target: [OBJECT],
  },
  {
    id: 'threaten.threaten.2',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['warned|warns'],
    target: [OBJECT, { prep: 'against' }],
    needsTarget: true,
  },
  {
    id: 'threaten.respond.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: [
      'respond|retaliate|retaliation|consequences|countermeasures|reprisals|action|measures',
      'would|will|vowed|threatened|promised|prepared|further|retaliatory',
    ],
    window: 5,
    target: [OBJECT],
  },
  {
    // "warned that Russia would pay a heavy price": the price is what the speaker will exact.
    id: 'threaten.price.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['pay', 'price', 'heavy|high|steep|heaviest|highest|terrible|dear'],
    window: 3,
    suffered: true,
  },
  {
    id: 'threaten.target.1',
    type: 'THREATEN',
    mode: 'violence',
    cameo: '138',
    words: ['legitimate', 'targets|target'],
    window: 1,
  },
];
