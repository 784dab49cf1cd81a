import { CHECKLIST_QUESTIONS, isGoodAnswer } from '../../lib/evidence/labels';
import { i18n } from '../../lib/shared/i18n';
import type { PageEvaluationResponse } from '../../lib/shared/messages';

/** The page checklist: each question, its answer and what it rests on. */
export function ChecklistList({ checklist }: { checklist: PageEvaluationResponse['checklist'] }) {
  return (
    <ul class="el-checklist">
      {checklist.map((item) => {
        const good = isGoodAnswer(item.criterion, item.answer);
        const tone = good === null ? 'unclear' : good ? 'good' : 'bad';
        return (
          <li key={item.criterion} data-testid="checklist-item" data-criterion={item.criterion} data-answer={item.answer}>
            <span class={`el-answer el-answer-${tone}`}>{i18n.t(`checklist.answer.${item.answer}`)}</span>
            <span class="el-question">{CHECKLIST_QUESTIONS[item.criterion]}</span>
            <span class="el-evidence">{item.evidence}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** How many checklist answers are the ones a careful reader hopes for. */
export function goodAnswers(checklist: PageEvaluationResponse['checklist']): number {
  return checklist.filter((item) => isGoodAnswer(item.criterion, item.answer) === true).length;
}
