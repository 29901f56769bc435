/** Where the encoding used to decode a page came from. */
export type EncodingSource =
  | 'bom'
  | 'header'
  | 'meta'
  | 'utf8-valid'
  | 'default';

/** Text decoded from the bytes of an HTML page, and the encoding used (a WHATWG name). */
export interface DecodedHtml {
  text: string;
  /** Canonical WHATWG encoding name, e.g. "UTF-8", "windows-1252", "UTF-16LE". */
  encoding: string;
}

/** DecodedHtml plus where the encoding came from (for diagnostics). */
export interface DecodedHtmlDetail extends DecodedHtml {
  source: EncodingSource;
  /** The label the page or header declared, when it was overruled (e.g. "windows-1252" on UTF-8 bytes). */
  declared?: string;
}
