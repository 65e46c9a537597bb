import type { CaseRecord } from '../../case/schemas';
import { layoutJourneyMap, layoutRelationshipMap } from '../../pictures';
import type { Picture } from '../../pictures/drawing';
import type { DocumentBlockInput } from '../model';
import type { Redaction } from '../redaction';

/**
 * Picture sizes in drawing units, chosen for the A4 text width (about 495 pt): the drawing is scaled by about
 * three quarters, so its labels print at 8 to 10 pt.
 */
export const documentPictureSizes = {
  journeyMap: { width: 660, height: 420 },
  relationshipMap: { width: 620, height: 480 },
} as const;

/** Only the drawing data: the layouts' extra fields (projection frame, node positions) are for the screen. */
function drawingOnly(picture: Picture): Picture {
  const { width, height, title, shapes, legend, textAlternative } = picture;
  return { width, height, title, shapes, legend, textAlternative };
}

/** The journey on a map, drawn after the route table; nothing when no leg is recorded. */
export function journeyMapBlocks(record: CaseRecord): DocumentBlockInput[] {
  if (record.journey.legs.length === 0) return [];
  const picture = layoutJourneyMap(record.journey, documentPictureSizes.journeyMap);
  return [{ kind: 'picture', id: 'journey-map', caption: 'Map of the journey', picture: drawingOnly(picture), printTextAlternative: true }];
}

/**
 * The child, the adults and the agencies around them. Built from the redacted record, so an adult withheld from
 * this audience is not in it; their ids are passed as well, so the picture would leave them out even if the record
 * still held them.
 */
export function relationshipMapBlocks(record: CaseRecord, redaction: Redaction): DocumentBlockInput[] {
  const picture = layoutRelationshipMap(
    { child: record.child, connectedAdults: record.connectedAdults, agencies: record.agencies },
    { ...documentPictureSizes.relationshipMap, audienceExcludesAdultIds: redaction.withheldAdultIds },
  );
  return [{ kind: 'picture', id: 'relationship-map', caption: 'Relationship map: the adults and agencies around the child', picture: drawingOnly(picture), printTextAlternative: true }];
}
