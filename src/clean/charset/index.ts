export { decodeHtmlBytes, decodeHtmlBytesDetailed, encodingName, charsetFromContentType } from './decode.js';
export type { DecodedHtml, DecodedHtmlDetail, EncodingSource } from './types.js';
