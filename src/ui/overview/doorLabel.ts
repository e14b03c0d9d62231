/**
 * Names of levels and of the indicator lists behind each overview number, in the current
 * language. Level names follow issue 3: 大项/小项/细项 for a three-level scheme,
 * 一级/二级/三级/四级指标 for other depths.
 */
import type { MessageKey } from '../i18n/zh';
import type { DoorKey } from './doors';

/** A translation function (locale.t). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The name of a level for a scheme of the given depth. */
export function levelName(level: number, depth: number, t: Translate): string {
  if (depth === 3 && level >= 1 && level <= 3) return t(`level3.${level}` as MessageKey);
  if (level >= 1 && level <= 6) return t(`level.${level}` as MessageKey);
  return t('level.n', { n: level });
}

/** What the list behind a number is called ("过程类指标", "大项"). */
export function doorLabel(key: DoorKey, depth: number, t: Translate): string {
  if (key.startsWith('level:')) return levelName(Number(key.slice(6)), depth, t);
  if (key.startsWith('flag:')) {
    return t('door.flag', { flag: t(`flag.${key.slice(5)}` as MessageKey) });
  }
  if (key === 'depth') return t('door.depth', { n: depth });
  return t(`door.${key}` as MessageKey);
}
