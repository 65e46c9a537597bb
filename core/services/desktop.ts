import type { OperationHandlers } from '../../domain/api';
import { AppError } from '../../domain/errors';
import type { ServiceDeps } from './context';

/** Saving and printing a generated PDF go through the desktop shell; browser mode opens the PDF in the browser instead. */
export function desktopHandlers(deps: ServiceDeps): Pick<OperationHandlers, 'documents.saveAs' | 'documents.print'> {
  const bridge = () => {
    if (!deps.desktop) {
      throw new AppError('UNSUPPORTED', 'Saving and printing from Crossings work in the desktop app. Here, open the PDF and save or print it from your browser.');
    }
    return deps.desktop;
  };
  const bytesOf = (base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('VALIDATION', 'This is not a PDF made by Crossings.', [{ path: 'pdfBase64', message: 'This is not a PDF' }]);
    return bytes;
  };
  return {
    'documents.saveAs': async ({ fileName, pdfBase64 }) => ({ savedTo: await bridge().savePdf(fileName, bytesOf(pdfBase64)) }),
    'documents.print': async ({ fileName, pdfBase64 }) => {
      await bridge().printPdf(fileName, bytesOf(pdfBase64));
      return {};
    },
  };
}
