/** Public types of the time-expression area. */
export type { TimeExpression, TimexType, Granularity } from '../../core/types.js';

export interface TimeOptions {
  /**
   * Narrative mode (history writing, timelines): a date given without a year takes its
   * year from the last date the text mentioned, moving forward, rather than from the
   * anchor and the tense; relative expressions ("two days later", "the next year") count
   * from that last date, and `direction` is relative to it. Default false (news: the
   * anchor is the article's date, and without one relative expressions stay unresolved).
   */
  narrative?: boolean;
  /** Leave out durations ("two years") and sets ("every week"). Default false. */
  datesOnly?: boolean;
}
