/** Official documents as PDF (UI.md "Printing"): the model, the renderer and the font it embeds. */
export {
  chineseDate,
  assertOfficialDocument,
  type OfficialDocument,
  type DocumentBlock,
  type HeadingBlock,
  type ParagraphBlock,
  type FieldsBlock,
  type TableBlock,
  type TableColumn,
  type DocumentFooter,
} from './official-document.js';
export { renderOfficialDocument } from './render.js';
export { missingGlyphs } from './fonts.js';
export { pdfResponse, PDF_MEDIA_TYPE } from './pdf-response.js';
