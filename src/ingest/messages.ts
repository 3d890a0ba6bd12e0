import type { Message } from './types.ts';

/** `file:line: rule: text`, the form editors and CI logs link to. */
export function formatMessage(m: Message): string {
  const where = m.line > 0 ? `${m.file}:${m.line}` : m.file;
  return `${where}: ${m.rule}: ${m.text}${m.severity === 'info' ? '' : ` [${m.severity}]`}`;
}

export function countBySeverity(messages: Message[]): Record<Message['severity'], number> {
  const counts = { info: 0, warning: 0, error: 0 };
  for (const m of messages) counts[m.severity]++;
  return counts;
}
