// Article front matter is checked where it enters the site: an archivist's hand edit
// that breaks a field fails the build with the file and the field named.
import { SHA256 } from '../article/source-texts.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

type Check = (value: unknown) => boolean;
const string: Check = (v) => typeof v === 'string' && v.length > 0;
const nullableString: Check = (v) => v === null || v === undefined || typeof v === 'string';
const names: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const line = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
/** A file and its lines; the hash, where there is one, names a stored text, and so a path. */
const sourceRef: Check = (v) => {
  if (typeof v !== 'object' || v === null) return false;
  const { file, startLine, endLine, sha256 } = v as Record<string, unknown>;
  return string(file) && line(startLine) && line(endLine) && (sha256 === undefined || (typeof sha256 === 'string' && SHA256.test(sha256)));
};
const SOURCE = '{ file, startLine, endLine } with lines from 1 and an optional sha256 of 64 hex digits';

const FIELDS: Array<[string, Check, string]> = [
  ['id', string, 'a non-empty string'],
  ['url', (v) => typeof v === 'string' && /^\/\d{4}\/\d{2}\/\d{2}\/[\w-]+\/$/u.test(v), 'a permalink /YYYY/MM/DD/<id>/'],
  ['title', (v) => typeof v === 'string', 'a string'],
  ['kicker', nullableString, 'a string or null'],
  ['subtitle', nullableString, 'a string or null'],
  ['date', (v) => (typeof v === 'string' && DATE.test(v)) || v instanceof Date, 'a date YYYY-MM-DD'],
  ['section', nullableString, 'a string or null'],
  ['editor', nullableString, 'a string or null'],
  ['reporters', names, 'a list of names'],
  ['correspondents', names, 'a list of names'],
  ['photographers', names, 'a list of names'],
  ['source', sourceRef, SOURCE],
  ['sources', (v) => v === undefined || (Array.isArray(v) && v.every(sourceRef)), `a list of ${SOURCE}`],
  ['continuedOn', (v) => v === undefined || string(v), 'a page label such as "3" (optional)'],
  ['continuedFrom', (v) => v === undefined || string(v), 'a page label such as "1" (optional)'],
];

/** A decision of the parser (src/ingest/types.ts, Decision): each part checked, so a hand edit is named down to it. */
const DECISION: Array<[string, Check, string]> = [
  ['rule', string, 'a non-empty string'],
  ['chose', string, 'a non-empty string'],
  ['over', string, 'a non-empty string'],
  ['evidence', string, 'a non-empty string'],
  ['startLine', line, 'a line from 1'],
  ['endLine', line, 'a line from 1'],
];

const problem = (field: string, expected: string, found: unknown) => `field "${field}": expected ${expected}, found ${JSON.stringify(found) ?? 'nothing'}`;

function decisionProblems(decisions: unknown): string[] {
  if (decisions === undefined) return [];
  if (!Array.isArray(decisions)) return [problem('decisions', 'a list of { rule, chose, over, evidence, startLine, endLine } (optional)', decisions)];
  return decisions.flatMap((d: unknown, i) => {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return [problem(`decisions.${i}`, 'an object { rule, chose, over, evidence, startLine, endLine }', d)];
    const fields = d as Record<string, unknown>;
    return DECISION.filter(([key, check]) => !check(fields[key])).map(([key, , expected]) => problem(`decisions.${i}.${key}`, expected, fields[key]));
  });
}

/** Problems with an article's front matter, each naming the field: empty when it is sound. */
export function articleDataProblems(data: Record<string, unknown>): string[] {
  const problems = FIELDS.filter(([field, check]) => !check(data[field])).map(([field, , expected]) => problem(field, expected, data[field]));
  return [...problems, ...decisionProblems(data.decisions)];
}
