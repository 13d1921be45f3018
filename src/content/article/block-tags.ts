/** The page's blocks of text and the elements that cut them, shared by the extractor's walk and the story scorer. */

/** A block of the page's text: a block element's, or a run of loose text between other elements and <br>s. */
export interface TextBlock {
  el: Element;
  nodes: Text[];
}

/** Elements that make a block of text of their own; text outside them is cut into blocks at other elements. */
export const BLOCK_ELEMENT_TAGS: ReadonlySet<string> = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT', 'TD', 'TH', 'CAPTION']);
/** Elements that sit inside a line of text (anything else, and <br>, ends a block of loose text). */
export const INLINE_TAGS: ReadonlySet<string> = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL']);
/** Headings. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
