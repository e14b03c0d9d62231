/**
 * One line saying where a classification came from: the column, the user's override, or the
 * lexicon terms that matched (DESIGN.md: "every match is shown as evidence").
 */
import type { Evidence } from '../../core/types';
import type { MessageKey } from '../i18n/zh';
import type { Translate } from '../overview/doorLabel';

/** "词典匹配：会议、台账（见评分标准）", "来自“类型”列", "人工修改". */
export function evidenceText(e: Evidence, t: Translate): string {
  const terms = e.terms.join('、');
  let text: string;
  if (e.source === 'column') text = t('source.column', { terms });
  else if (e.source === 'override') text = t('source.override');
  else if (e.source === 'lexicon') {
    text = terms ? t('source.lexicon', { terms }) : t('source.lexiconNone');
  } else text = t('source.structure') + (terms ? `：${terms}` : '');
  if (e.field && e.source === 'lexicon' && terms) {
    const field = fieldName(e.field, t);
    if (field) text += t('source.field', { field });
  }
  return text;
}

const FIELDS = ['name', 'rule', 'path', 'points'];

/** "name,rule" → "名称、评分标准"; a field we have no word for is shown as it is. */
function fieldName(field: string, t: Translate): string {
  return field
    .split(/[,\s]+/)
    .filter((f) => f !== '')
    .map((f) => (FIELDS.includes(f) ? t(`field.${f}` as MessageKey) : f))
    .join('、');
}
