/**
 * The interface language. Chinese by default, English by a switch (issue 3); components read
 * every string through `t`, so switching re-renders them.
 */
import type { Bilingual } from '../../core/types';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Replaces `{name}` by `params.name`; unknown parameters stay visible, to be noticed. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The current language and the lookups that depend on it. */
export class Locale {
  lang = $state<Lang>('zh');

  /** The string for `key` in the current language. */
  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    format(dictionaries[this.lang][key], params);

  /** Looks up a key built at run time (a role, a skip reason); null when it does not exist. */
  tryT = (key: string, params?: Record<string, string | number>): string | null => {
    const dict = dictionaries[this.lang] as Record<string, string>;
    return key in dict ? format(dict[key], params) : null;
  };

  /** The current language's half of a core message. */
  pick = (text: Bilingual): string => text[this.lang];

  set(lang: Lang): void {
    this.lang = lang;
    if (typeof document !== 'undefined') {
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    }
  }
}

/** The one interface language of the page. */
export const locale = new Locale();
/** Shorthand for `locale.t`. */
export const t = locale.t;
