/**
 * One record per event: repeated mentions of the same event in a document (the call reported in
 * the lead, then "в ходе телефонного разговора") merge into the first record.
 */
import type { Event } from '../../core/layers.js';

const SYMMETRIC = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
/** Acts of a state as a whole, whoever announces them. */
const STATE_ACTS = new Set(['AID', 'SANCTION']);

type Actor = Event['source'];

/** Events whose date the text states (not the publication or paragraph date taken by default). */
export const statedDates = new WeakSet<Event>();

/**
 * Two mentions of one party: the same entity, or the same state however it is named ("Россия",
 * "российские войска", "Кремль"). A person is the same party as their state only as a target
 * ("извинился перед Алиевым" … "принес извинения азербайджанской стороне").
 */
function sameParty(a: Actor, b: Actor, people: ReadonlySet<string>, asTarget: boolean): boolean {
  if (!a || !b) return a === b || asTarget;
  if (a.entity !== null && a.entity === b.entity) return true;
  // "ЕС ввел санкции" … "Совет ЕС утвердил пакет": the Union acting through its institutions.
  if (a.country === null && b.country === null && union(a.name) && union(b.name)) return true;
  if (a.country === null || a.country !== b.country)
    return a.entity === null && b.entity === null && a.name === b.name;
  const aPerson = a.entity !== null && people.has(a.entity);
  const bPerson = b.entity !== null && people.has(b.entity);
  return (!aPerson && !bPerson) || (asTarget && aPerson !== bPerson);
}

const EU_INSTITUTIONS =
  /^(?:European Union|Council of the European Union|Council of the EU|European Council|European Commission)$/;

function union(name: string | null): boolean {
  return EU_INSTITUTIONS.test(name ?? '');
}

/** Heads of state and government stand for their state as hosts: a visit to Turkey is the talks with Erdogan. */
const HEADS = /^(?:president|prime minister|chancellor|king|queen|emir|head of state|supreme leader)$/;

function hostAndState(a: Actor, b: Actor, people: ReadonlySet<string>): boolean {
  if (!a || !b || a.country === null || a.country !== b.country) return false;
  const aPerson = a.entity !== null && people.has(a.entity);
  const bPerson = b.entity !== null && people.has(b.entity);
  if (aPerson === bPerson) return false;
  const person = aPerson ? a : b;
  return HEADS.test(person.role ?? '');
}

function sameParticipants(a: Event, b: Event, people: ReadonlySet<string>): boolean {
  // A visit to a country and talks with a minister there are two records; thanks to both are one.
  const looseTarget = a.type !== 'CONSULT';
  if (
    a.type === 'CONSULT' &&
    sameParty(a.source, b.source, people, false) &&
    hostAndState(a.target, b.target, people)
  )
    return true;
  // "Фінляндія оголосила пакет допомоги" … "Стубб оголосив про пакет": a state's aid or sanctions
  // are announced by its leaders, one act.
  const sameSource =
    sameParty(a.source, b.source, people, false) ||
    (STATE_ACTS.has(a.type) && sameParty(a.source, b.source, people, true));
  if (sameSource && sameParty(a.target, b.target, people, looseTarget)) return true;
  // "Зеленский прибыл в Турцию" … "его встретил президент Турции Эрдоган": one visit.
  return (
    SYMMETRIC.has(a.type) &&
    sameParty(a.source, b.target, people, false) &&
    (sameParty(a.target, b.source, people, false) ||
      (a.type === 'CONSULT' && hostAndState(a.target, b.source, people)))
  );
}

/** "удар по Харькову" … "атаковали Запорожье": strikes on two cities are two attacks. */
function differentPlaces(a: Event, b: Event, places: ReadonlySet<string>): boolean {
  const at = a.target?.entity ?? null;
  const bt = b.target?.entity ?? null;
  return at !== null && bt !== null && at !== bt && places.has(at) && places.has(bt);
}

/**
 * Talks referred back to without their kind ("обсудили", "в ходе разговора") are the call or
 * visit already reported; otherwise an invitation is not an agreement, nor thanks a signature.
 */
function sameKind(a: Event, b: Event): boolean {
  if (a.type === 'CONSULT') return a.mode === b.mode || a.mode === null || b.mode === null;
  // Approved, appointed, took office: one appointment; leaving office is another event.
  if (a.type === 'APPOINT') return (a.mode === 'resigned') === (b.mode === 'resigned');
  // One night's strike is told as "удар", "атаковали", "обстрел": one attack unless the text
  // dates them apart.
  if (a.type === 'ASSAULT') return !(statedDates.has(a) && statedDates.has(b)) || a.date === b.date;
  // "обмін полоненими" … "Україні були передані 15 цивільних": civilians handed over besides
  // an exchange of prisoners are a release of their own.
  if (a.type === 'RETREAT' && CIVILIANS.test(a.trigger.text) !== CIVILIANS.test(b.trigger.text)) return false;
  return family(a.rule) === family(b.rule);
}

const CIVILIANS = /civilian|resident|цивільн|мирн|гражданск|мирных|жител/iu;

/** "ru.support.thank.2" → "support.thank": rules that state the same kind of act. */
function family(rule: string): string {
  const name = rule.split('.').slice(1, 3).join('.');
  return SAME_ACT[name] ?? name;
}

/** Summoning a diplomat and handing over a protest note are one official complaint; aid
 *  received from a state and aid it gave are one act; taking to the streets and protesting
 *  against a decision are one demonstration; a trade ban is the sanctions that impose it. */
const SAME_ACT: Record<string, string> = {
  'accuse.protest': 'accuse.summon',
  'aid.receive': 'aid.give',
  'protest.against': 'protest.demo',
  // "It bans imports of Russian gas": what a sanctions package just reported does.
  'sanction.trade': 'sanction.impose',
};

/**
 * Adds `event` to `events`, or folds it into the record it repeats; a date the text states wins
 * over one taken by default (statedDates).
 */
export function addOrMerge(
  events: Event[],
  event: Event,
  people: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(),
): void {
  const same = events.find(
    (e) =>
      e.type === event.type &&
      e.modality === event.modality &&
      sameKind(e, event) &&
      sameParticipants(e, event, people) &&
      !differentPlaces(e, event, places),
  );
  if (!same) {
    events.push(event);
    return;
  }
  if (!same.target && event.target) same.target = event.target;
  // "Лавров и Фидан обсудили ..." then "провел телефонный разговор": the call says what kind.
  if (same.mode === null && event.mode !== null) {
    same.mode = event.mode;
    same.cameo = event.cameo;
    same.goldstein = event.goldstein;
  }
  if (same.date === null || (!statedDates.has(same) && statedDates.has(event))) {
    same.date = event.date;
    if (statedDates.has(event)) statedDates.add(same);
  }
  same.mentions ??= [];
  same.mentions.push({ trigger: event.trigger, evidence: event.evidence });
  same.confidence = Math.max(same.confidence, event.confidence);
}

/**
 * "Britain, which sanctioned the same two companies", "Канада оголосила про виділення 30 млн
 * доларів допомоги": aid and sanctions told without whom they are for go to the party the
 * article's other aid or sanctions go to, the nearest such record (earlier first); then repeats
 * are merged again.
 */
export function inheritTargets(
  events: readonly Event[],
  people: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(),
): Event[] {
  events.forEach((event, i) => {
    if (event.target || !STATE_ACTS.has(event.type)) return;
    const fits = (e: Event | undefined) =>
      e !== undefined &&
      e.type === event.type &&
      e.target !== null &&
      e.target.country !== null &&
      e.target.country !== event.source?.country;
    let found: Event | undefined;
    for (let d = 1; d < events.length && !found; d++) {
      if (fits(events[i - d])) found = events[i - d];
      else if (fits(events[i + d])) found = events[i + d];
    }
    const target = found?.target;
    if (!target) return;
    // The state that received them, not the person who did last time.
    const person = target.entity !== null && people.has(target.entity);
    event.target = person ? { entity: null, name: null, country: target.country, role: null } : { ...target };
  });
  const merged: Event[] = [];
  for (const event of events) addOrMerge(merged, event, people, places);
  return merged;
}
