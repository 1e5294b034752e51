/**
 * Bilingual text for the printed report: the factory reads Chinese, the buyer English, and both
 * get the same sheet, so every label shows both languages regardless of the UI language.
 */
import type { ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams } from '../../app/i18n';
import type { Bilingual } from '../../shared/schema';

/** "中文 English" of one message; once only when both read the same (e.g. "AQL"). */
export const bilingual = (key: MessageKey, params?: MessageParams): string => {
  const zh = translate('zh-CN', key, params);
  const en = translate('en', key, params);
  return zh === en ? en : `${zh} ${en}`;
};

export const Bi = ({ k, params }: { k: MessageKey; params?: MessageParams }) => (
  <span className="bi">{bilingual(k, params)}</span>
);

/** Catalogue data that is itself bilingual (style and defect names). */
export const BiText = ({ text }: { text: Bilingual | null | undefined }): ReactNode =>
  text ? (text.zh === text.en ? text.en : `${text.zh} / ${text.en}`) : '—';

/** A timestamp both readers parse alike: "2026-11-20 16:05" in the phone's time zone. */
export const stamp = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

export const Section = ({
  title,
  testId,
  children,
}: {
  title: MessageKey;
  testId?: string;
  children: ReactNode;
}) => (
  <section className="report-section" data-testid={testId}>
    <h2>
      <Bi k={title} />
    </h2>
    {children}
  </section>
);
