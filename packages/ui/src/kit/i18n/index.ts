import { en } from './en';
import { zhCN } from './zh-CN';

export { en as kitMessagesEn } from './en';
export { zhCN as kitMessagesZhCN } from './zh-CN';

export type KitMessages = typeof zhCN;

/**
 * The kit's messages for a language, nested under `kit` (i18next's default `.` key separator):
 * the shell merges them into its resources, e.g.
 * `i18n.addResourceBundle(lng, 'translation', kitMessages(lng), true, false)`.
 */
export function kitMessages(locale: string): KitMessages {
  return locale.toLowerCase().startsWith('zh') ? zhCN : en;
}
