/** Scoring the extractor against gold events (gold-format.md) and factRuEval Meeting facts. */
export {
  describeActor,
  type EventError,
  type EventsReport,
  type ScoredArticle,
  scoreArticles,
} from './events.js';
export { type FactruDocument, type Meeting, parseCoref, parseMeetings, readFactruDir } from './factru.js';
export { eventsJson, formatEventsTable, formatMeetingsTable, meetingsJson } from './format.js';
export {
  type GoldActor,
  type GoldArticle,
  type GoldEvent,
  type IndexEntry,
  parseGold,
  parseIndex,
} from './gold.js';
export { actorMatches, dateMatches, eventsMatch, matchDocument, type PredictedEvent } from './match.js';
export { evaluateMeetings, type MeetingsReport, meetingMatches, scoreMeetings } from './meetings.js';
export { namesMatch, skeleton, transliterate } from './names.js';
export { type EventsEvalOptions, type ExtractLike, evaluateEvents } from './run-events.js';
export { type Counts, type Score, score } from './score.js';
