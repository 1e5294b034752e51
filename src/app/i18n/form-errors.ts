/**
 * zod issues → translatable form messages. The error map stores a message key and its
 * params as JSON; <FieldError> translates at render time, so switching language also
 * switches messages that are already on screen.
 */
import type { z } from 'zod';
import type { MessageKey, MessageParams } from './index';

interface FormMessage {
  key: MessageKey;
  params?: MessageParams;
}

const issueToMessage = (issue: z.core.$ZodRawIssue): FormMessage => {
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.expected === 'int' ? 'form.integer' : 'form.required' };
    case 'too_small':
      return { key: 'form.min', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'form.max', params: { max: Number(issue.maximum) } };
    default:
      return { key: 'form.invalid' };
  }
};

export const formErrorMap = (issue: z.core.$ZodRawIssue): string => JSON.stringify(issueToMessage(issue));

export const parseFormMessage = (message: string | undefined): FormMessage | null => {
  if (!message) return null;
  try {
    return JSON.parse(message) as FormMessage;
  } catch {
    return { key: 'form.invalid' };
  }
};
