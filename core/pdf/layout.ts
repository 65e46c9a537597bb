import { PDFDocument } from 'pdf-lib';
import { documentAudienceLabels, documentModelSchema, type DocumentBlock, type DocumentModelInput } from '../../domain/documents/model';
import { useNativeDeflate } from './deflate';
import { DocumentFonts, type MissingCharacter } from './fonts';
import { blockTexts, layOutBlocks } from './lay-out-blocks';
import { chromeForModel, chromeTexts, drawPageChrome, setDocumentMetadata } from './page-chrome';

export interface RenderedDocument {
  bytes: Uint8Array;
  pageCount: number;
  missingCharacters: MissingCharacter[];
}

/** Renders a document model to PDF bytes. Never throws for text it cannot print: see `missingCharacters`. */
export async function renderDocument(input: DocumentModelInput): Promise<RenderedDocument> {
  useNativeDeflate();
  const model = documentModelSchema.parse(input);
  const chrome = chromeForModel(model);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: model.title },
    { kind: 'paragraph', text: `Prepared for: ${model.audienceName ?? documentAudienceLabels[model.audience]}`, emphasis: 'normal' },
    ...model.blocks,
  ];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DocumentFonts.forDocument(doc, [...chromeTexts(chrome), ...blockTexts(blocks)]);
  const { pages } = layOutBlocks(doc, fonts, blocks, chrome);
  pages.forEach((page, index) => drawPageChrome(page, fonts, chrome, index + 1, pages.length));
  setDocumentMetadata(doc, model.title, new Date(model.generatedAt));
  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
  return { bytes, pageCount: pages.length, missingCharacters: fonts.missingCharacterReport() };
}
