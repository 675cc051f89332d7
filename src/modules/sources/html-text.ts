/**
 * An HTML page as the text a reader sees in a browser, so that a sentence a curator copies
 * from the page occurs verbatim in it: what is never shown (scripts, styles, the head) is
 * dropped, entities are decoded, whitespace collapses as HTML collapses it (except inside
 * `<pre>`), block elements start a new line and paragraph-like ones a new paragraph, table
 * cells are separated by a tab (as a browser's copy of a table row gives them). A
 * non-breaking space becomes a plain one: that is what browsers put on the clipboard.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content a reader never sees. */
const HIDDEN = new Set(['head', 'title', 'script', 'style', 'noscript', 'template']);

/** Elements that stand apart as a paragraph: a blank line before and after. */
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'hr',
]);

/** Elements that start and end a line. */
const LINES = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'header',
  'li',
  'main',
  'nav',
  'section',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'tr',
]);

/** A `<meta>` that declares the page's character set, and where it stands in the page. */
export interface DeclaredCharset {
  readonly charset: string;
  /** The index in the page's string where the `<meta>` tag starts. */
  readonly index: number;
}

export interface HtmlText {
  readonly text: string;
  /** The first charset a `<meta>` declares, if any (the caller accepts only UTF-8). */
  readonly declaredCharset?: DeclaredCharset;
}

/** The text a reader sees of `html` (already decoded to a string, newlines `\n`). */
export function htmlToText(html: string): HtmlText {
  const out = new TextBuilder();
  let hiddenDepth = 0;
  let preDepth = 0;
  let declaredCharset: DeclaredCharset | undefined;
  const cellCounts: number[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && declaredCharset === undefined) {
          const charset = metaCharset(attributes);
          if (charset !== undefined) declaredCharset = { charset, index: parser.startIndex };
        }
        if (HIDDEN.has(name)) hiddenDepth += 1;
        if (hiddenDepth > 0) return;
        if (name === 'pre') preDepth += 1;
        if (name === 'br') out.lineBreak();
        else if (PARAGRAPHS.has(name)) out.breakBefore(2);
        else if (LINES.has(name)) out.breakBefore(1);
        if (name === 'tr') cellCounts.push(0);
        if (name === 'td' || name === 'th') {
          const row = cellCounts.length - 1;
          if (row >= 0) {
            if (cellCounts[row]! > 0) out.cellSeparator();
            cellCounts[row]! += 1;
          }
        }
      },
      ontext(data) {
        if (hiddenDepth > 0) return;
        const shown = data.replaceAll('\u00a0', ' ');
        if (preDepth > 0) out.preformatted(shown);
        else out.inline(shown);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'tr') cellCounts.pop();
        if (PARAGRAPHS.has(name)) out.breakBefore(2);
        else if (LINES.has(name)) out.breakBefore(1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const text = out.text();
  return declaredCharset === undefined ? { text } : { text, declaredCharset };
}

/** `<meta charset="...">` or `<meta http-equiv="content-type" content="...; charset=...">`. */
function metaCharset(attributes: Readonly<Record<string, string>>): string | undefined {
  const direct = attributes['charset']?.trim();
  if (direct) return direct;
  if (attributes['http-equiv']?.trim().toLowerCase() !== 'content-type') return undefined;
  return /charset\s*=\s*["']?([^\s;"']+)/i.exec(attributes['content'] ?? '')?.[1];
}

/**
 * The text being written, with the line breaks that block boundaries ask for held back until
 * the next visible text: so that nested blocks (`<div><p>`) give one break, not several, and
 * nothing trails at the end.
 */
class TextBuilder {
  private readonly parts: string[] = [];
  /** Line breaks owed before the next text (0, 1 or 2). */
  private pendingBreaks = 0;
  /** The last character written, or '' at the start. */
  private last = '';

  breakBefore(count: 1 | 2): void {
    if (this.last !== '') this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** `<br>`: a line break of its own, which two `<br>` in a row make a blank line. */
  lineBreak(): void {
    this.flushBreaks();
    this.write('\n');
  }

  cellSeparator(): void {
    this.flushBreaks();
    this.write('\t');
  }

  /** Text in normal flow: whitespace runs are one space, none at the start of a line. */
  inline(data: string): void {
    const collapsed = data.replace(/[ \t\n\f\r]+/g, ' ');
    if (collapsed === ' ') {
      if (this.pendingBreaks === 0 && !this.atLineStart() && this.last !== ' ') this.write(' ');
      return;
    }
    if (collapsed === '') return;
    this.flushBreaks();
    const text = this.atLineStart() || this.last === ' ' ? collapsed.replace(/^ /, '') : collapsed;
    this.write(text);
  }

  preformatted(data: string): void {
    if (data === '') return;
    this.flushBreaks();
    this.write(data);
  }

  text(): string {
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private atLineStart(): boolean {
    return this.last === '' || this.last === '\n' || this.last === '\t';
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0) this.write('\n'.repeat(this.pendingBreaks));
    this.pendingBreaks = 0;
  }

  private write(text: string): void {
    this.parts.push(text);
    this.last = text.at(-1) ?? this.last;
  }
}

/**
 * `text` with its character references decoded (`&amp;`, `&euro;`, `&#233;`), as a browser
 * shows them; nothing else changes. Markdown text carries them raw.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  const parts: string[] = [];
  const parser = new Parser({ ontext: (data) => parts.push(data) }, { decodeEntities: true });
  // `<` escaped first, so that nothing in the text can open a tag.
  parser.end(text.replaceAll('<', '&lt;'));
  return parts.join('');
}
