/**
 * A Markdown document as the prose a reader sees on its rendered page, so that a sentence a
 * curator copies from that page occurs verbatim in it: headings without their `#`, emphasis,
 * strong, strike-through and code markers gone, links as their text, character references
 * decoded, each list item on a line of its own without its marker, table cells separated by
 * a tab, blocks separated by a blank line. Inside a paragraph a source line break is a space
 * (the page shows one line) and runs of spaces are one, as in the rendered HTML. Images are
 * left out: the page shows the picture, not its alt text.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { decodeHtmlEntities, htmlToText } from './html-text.ts';

/** The prose of `markdown` (newlines `\n`). */
export function markdownToText(markdown: string): string {
  // An instance of our own: options another module sets on the global `marked` never apply.
  const tokens = new Marked({ gfm: true }).lexer(markdown);
  return blocksOf(tokens).join('\n\n');
}

/** The text of each block among `tokens`, empty blocks left out. */
function blocksOf(tokens: readonly Token[]): string[] {
  return tokens.map(blockText).filter((text) => text !== '');
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'heading':
    case 'paragraph':
      return tidyLines(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens));
    case 'text': {
      const text = token as Tokens.Text;
      return tidyLines(text.tokens ? inlineText(text.tokens) : softText(text.text));
    }
    case 'code':
      // Shown as it is written, in a <pre>.
      return (token as Tokens.Code).text;
    case 'blockquote':
      return blocksOf((token as Tokens.Blockquote).tokens).join('\n\n');
    case 'list':
      // One line per item; an item of several blocks (a loose item, a nested list) gives a
      // line per block.
      return (token as Tokens.List).items
        .map((item) => blocksOf(item.tokens).join('\n'))
        .filter((text) => text !== '')
        .join('\n');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows]
        .map((row) => row.map((cell) => tidyLines(inlineText(cell.tokens))).join('\t'))
        .join('\n');
    }
    case 'html':
      return htmlToText((token as Tokens.HTML).text).text;
    default:
      return tidyLines(extensionTokenText(token as Tokens.Generic));
  }
}

/** The inline content as shown; a hard line break (`<br>`) is the only `\n` in it. */
function inlineText(tokens: readonly Token[]): string {
  return tokens.map(inlineTokenText).join('');
}

function inlineTokenText(token: Token): string {
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? inlineText(text.tokens) : softText(text.text);
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
    case 'em':
    case 'del':
      return inlineText((token as Tokens.Strong | Tokens.Em | Tokens.Del).tokens);
    case 'codespan':
      // Literal: no character references; a line break in it shows as a space.
      return (token as Tokens.Codespan).text.replace(/\n/g, ' ');
    case 'link': {
      const link = token as Tokens.Link;
      // An autolink's text is literal (marked resolves no references in it).
      return link.autolink ? link.text : inlineText(link.tokens);
    }
    case 'br':
      return '\n';
    case 'html':
      return /^<br\s*\/?>$/i.test((token as Tokens.Tag).text.trim()) ? '\n' : '';
    case 'image':
    case 'checkbox':
      return '';
    default:
      return extensionTokenText(token as Tokens.Generic);
  }
}

/** A token of a marked extension: its inline content if it has any, else its text. */
function extensionTokenText(token: Tokens.Generic): string {
  if (token.tokens) return inlineText(token.tokens);
  return typeof token.text === 'string' ? softText(token.text) : '';
}

/** Raw Markdown text as shown: references decoded, a source line break a space. */
function softText(raw: string): string {
  return decodeHtmlEntities(raw).replace(/\n/g, ' ');
}

/** Runs of spaces one space, and no space at either end of a line. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();
}
