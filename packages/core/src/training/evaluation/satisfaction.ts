/**
 * Satisfaction (满意度) of sessions, for the programme evaluation and the report section: the
 * `overall` ratings of each session's post-training questionnaire. Answers are JSON, which the two
 * databases query differently, so they are summed here; combine sessions with `satisfactionOf`.
 */
import { In, type EntityManager } from 'typeorm';
import { Questionnaire, QuestionnaireResponse } from '../entities/evaluation.entity.js';
import { RATING_MAX, RATING_MIN, type RatingTotals } from '../rules/evaluation.js';
import { OVERALL_QUESTION_CODE } from '../rules/question-templates.js';

export interface SessionOverall extends RatingTotals {
  sessionId: string;
  /** The session's post-training questionnaire. */
  questionnaireId: string;
  /** Every response to it, whether or not it rated `overall`. */
  responses: number;
}

const CHUNK = 500;

/** Per session (only those with a post-training questionnaire), its `overall` ratings' sum and count. */
export async function overallRatingsBySession(m: EntityManager, sessionIds: readonly string[]): Promise<Map<string, SessionOverall>> {
  const out = new Map<string, SessionOverall>();
  for (let i = 0; i < sessionIds.length; i += CHUNK) {
    const questionnaires = await m.find(Questionnaire, {
      select: { id: true, sessionId: true },
      where: { sessionId: In(sessionIds.slice(i, i + CHUNK)), kind: 'questionnaire' },
    });
    const bySession = new Map(questionnaires.map((q) => [q.id, q.sessionId]));
    for (const q of questionnaires) out.set(q.sessionId, { sessionId: q.sessionId, questionnaireId: q.id, responses: 0, sum: 0, count: 0 });
    const ids = [...bySession.keys()];
    for (let j = 0; j < ids.length; j += CHUNK) {
      const responses = await m.find(QuestionnaireResponse, {
        select: { questionnaireId: true, answers: true },
        where: { questionnaireId: In(ids.slice(j, j + CHUNK)) },
      });
      for (const r of responses) {
        const totals = out.get(bySession.get(r.questionnaireId)!)!;
        totals.responses += 1;
        const v = r.answers[OVERALL_QUESTION_CODE];
        if (typeof v === 'number' && Number.isInteger(v) && v >= RATING_MIN && v <= RATING_MAX) {
          totals.sum += v;
          totals.count += 1;
        }
      }
    }
  }
  return out;
}
