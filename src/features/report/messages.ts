/**
 * Report labels. The report prints every label in both languages, so each key here is shown as
 * "中文 English" whatever the UI language. Re-exports the fabric catalogue too, so the app
 * catalogues need one spread line for both features.
 */
import { en as fabricEn, zh as fabricZh } from '../fabric/messages';
import { reportEn } from './messages-en';
import { reportZh } from './messages-zh';

export const en = { ...reportEn, ...fabricEn } as const;
export const zh = { ...reportZh, ...fabricZh } as const satisfies Record<keyof typeof en, string>;
