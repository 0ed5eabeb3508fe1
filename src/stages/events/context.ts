import type { AnalyzedDoc, Token } from '../../core/layers.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { ActorCandidate } from './actors.js';
import type { Clause } from './clauses.js';

/** What the rules of one sentence see. */
export interface SentenceContext {
  doc: AnalyzedDoc;
  kb: KnowledgeBase;
  tokens: readonly Token[];
  /** Actor candidates inside the sentence. */
  candidates: ActorCandidate[];
  clauses: Clause[];
  /** The last subject of the paragraph, for clauses that drop theirs ("Также проинформировал"). */
  carried: ActorCandidate | null;
  /** The last person who acted, for subjectless clauses. */
  carriedPerson: ActorCandidate | null;
  /** People who acted so far, latest last, for "он" / "она" / "she". */
  recentPeople: ActorCandidate[];
  /** The two parties of the last two-party event, for "стороны", "министры". */
  pair: [ActorCandidate, ActorCandidate] | null;
  /** Who acted in the events reported so far, latest last, whether the act was hostile, and on whom. */
  actedBefore: { actor: ActorCandidate; hostile: boolean; rule?: string; target?: ActorCandidate | null }[];
  /** The last date of the paragraph. */
  date: string | null;
}
