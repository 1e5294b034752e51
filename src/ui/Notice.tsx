import type { ReactNode } from 'react';

type Tone = 'info' | 'warn' | 'error';

/** A full-width message block; `role` makes errors announced by screen readers. */
export const Notice = ({
  tone = 'info',
  children,
  testId,
}: {
  tone?: Tone;
  children: ReactNode;
  testId?: string;
}) => (
  <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
    {children}
  </div>
);
