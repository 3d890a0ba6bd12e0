import type { Message, Severity } from './types.ts';

/** A stretch of a file: 1-based lines and columns, the end column just past the last character (as vfile counts). */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface MessageReport {
  rule: string;
  severity: Severity;
  expected: string;
  found: string;
  /** The sentence as printed, where it says more than `expected X, found Y`. */
  text?: string;
}

/** The one way the parser makes a message (vfile's `file.message`): where, which rule, how bad, expected and found. */
export function createMessage(file: string, place: Place, report: MessageReport): Message {
  const { rule, severity, expected, found } = report;
  return { file, ...place, rule, severity, text: report.text ?? `expected ${expected}, found ${found}`, expected, found };
}

/**
 * Text as a terminal or a log shows it, one line: control characters (a newline, an
 * ANSI escape, a bidi override) are printed as escapes, so that a file named with them
 * can neither forge a report line nor colour or reorder the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = ch.charCodeAt(0);
    return named[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** `file:line:column: rule: text`, the form editors and CI logs link to. */
export function formatMessage(m: Message): string {
  const where = m.line > 0 ? `${m.file}:${m.line}${m.column > 0 ? `:${m.column}` : ''}` : m.file;
  return printable(`${where}: ${m.rule}: ${m.text}${m.severity === 'info' ? '' : ` [${m.severity}]`}`);
}

export function countBySeverity(messages: Message[]): Record<Message['severity'], number> {
  const counts = { info: 0, warning: 0, error: 0 };
  for (const m of messages) counts[m.severity]++;
  return counts;
}
