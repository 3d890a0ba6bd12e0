// The one state the parser's rules share, as markdown-it's rules share theirs: the page's
// line groups and where the chain stands in them, the tokens so far, the articles being
// assembled, the page they are on, and the reporter every message goes through.
import type { Block, BoxKind, Credit, Decision, Message, ParsedArticle, Position } from './types.ts';
import { groupLines, type LineGroup } from './tokenize.ts';
import { createMessage, type MessageReport } from './messages.ts';
import { addCredits, type Dateline } from './rules/byline.ts';
import { readHeadline } from './rules/headline.ts';
import { normalisePage } from './rules/jump-line.ts';

export type Token = Position &
  (
    | { kind: 'header'; section: string | null; editor: string | null; lines: string[]; page?: string }
    | { kind: 'furniture'; text: string }
    | { kind: 'credit'; text: string; credits: Credit[]; photo: boolean }
    | { kind: 'caption'; text: string; credit: string | null }
    | { kind: 'epigraph'; text: string; attribution: string }
    | { kind: 'table'; rows: string[][] }
    | { kind: 'heading'; text: string }
    | { kind: 'paragraph'; text: string; dateline: Dateline | null }
    // A box's label (its text empty when the label stands alone) or a paragraph of a Q&A.
    | { kind: 'box'; box: BoxKind; label: string | null; text: string }
  );

export type TokenOf<K extends Token['kind']> = Token & { kind: K };

/** Credits printed after a story's body, as printed and where. */
export interface ClosingCredit extends Position {
  text: string;
  credits: Credit[];
  photo: boolean;
}

/** An article being assembled. */
export interface Draft extends ParsedArticle {
  /** Credits printed after the body: a story that closes with `文/… 图/…`. */
  closingCredits: ClosingCredit[];
  hasHeadByline: boolean;
}

/** The page the stories stand on, from its header. */
export interface Page {
  section: string | null;
  editor: string | null;
  header: string[] | null;
  /** The page's label as the header prints it (`A03`, `第5版`), where it prints one. */
  label?: string;
}

export const span = (first: Position, last: Position): Position => ({ startLine: first.startLine, endLine: last.endLine });

export class PageState {
  readonly file: string;
  /** The dump's lines as they are, for the columns of messages. */
  readonly lines: string[];
  readonly groups: LineGroup[];
  /** Block phase: the line group the chain stands at. */
  pos = 0;
  tokens: Token[] = [];
  /** Assembly phase: the token the chain stands at. */
  tokenPos = 0;
  drafts: Draft[] = [];
  current: Draft | null = null;
  /** Blocks printed before a headline, waiting for its story: captions before the page's first, a column label over one. */
  pending: Block[] = [];
  page: Page = { section: null, editor: null, header: null };
  /** Choices between close readings, given to the article that holds their lines at the end. */
  decisions: Decision[] = [];
  messages: Message[] = [];

  constructor(text: string, file: string) {
    this.file = file;
    this.lines = text.split(/\r\n|\r|\n/);
    this.groups = groupLines(text);
  }

  /** Reports a message about the text at `at`, from its first printed character to its last. */
  report(at: Position, message: MessageReport): void {
    const first = this.lines[at.startLine - 1] ?? '';
    const last = [...(this.lines[at.endLine - 1] ?? '').trimEnd()];
    const column = [...first].length - [...first.trimStart()].length + 1;
    this.messages.push(createMessage(this.file, { line: at.startLine, column, endLine: at.endLine, endColumn: last.length + 1 }, message));
  }

  decide(decision: Decision): void {
    this.decisions.push(decision);
  }

  /**
   * Opens a new story at `at` (its headline's lines) with the headline lines given; the
   * captions waiting go into it. Where two lines left the headline's reading close, the choice is recorded.
   */
  open(lines: string[], at: Position): Draft {
    const { headline, reading } = lines.length ? readHeadline(lines) : { headline: { kicker: null, title: '', subtitle: null }, reading: null };
    if (reading) this.decide({ rule: 'headline', ...reading, startLine: at.startLine, endLine: at.endLine });
    const draft: Draft = {
      ...headline,
      section: this.page.section,
      editor: this.page.editor,
      pageHeader: this.page.header,
      column:
        this.pending
          .filter((b) => b.type === 'column')
          .map((b) => b.text)
          .join(' ') || null,
      reporters: [],
      correspondents: [],
      photographers: [],
      bylines: [],
      blocks: [...this.pending],
      source: { startLine: at.startLine, endLine: at.endLine },
      closingCredits: [],
      hasHeadByline: false,
      ...this.pageLabel(),
    };
    this.pending = [];
    this.drafts.push(draft);
    this.current = draft;
    return draft;
  }

  /** The page label the stories of this page carry, as the jump join reads it (`A03` → `A3`). */
  private pageLabel(): { pageLabel?: string } {
    const label = this.page.label ? normalisePage(this.page.label) : null;
    return label ? { pageLabel: label } : {};
  }

  /** Sets a block in the open story, or keeps it for the first story where none is open yet. */
  addBlock(block: Block): void {
    if (this.current) {
      this.current.blocks.push(block);
      extend(this.current, block);
    } else this.pending.push(block);
  }

  takeByline(draft: Draft, text: string, credits: Credit[], photo: boolean): void {
    draft.bylines.push(text);
    addCredits(draft, credits, photo);
    draft.hasHeadByline = true;
  }
}

/** The story's lines reach down to `p`. */
export function extend(draft: Draft, p: Position): void {
  draft.source.endLine = Math.max(draft.source.endLine, p.endLine);
}

export const hasBody = (d: Draft) => d.blocks.some((b) => b.type === 'paragraph' || b.type === 'table');
