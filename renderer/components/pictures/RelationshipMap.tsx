import { useId, useMemo } from 'react';
import { layoutRelationshipMap, type CaseForRelationshipMap } from '../../../domain/pictures';
import { PictureLegend, PictureSvg, PictureTextAlternative } from './PictureSvg';

export const relationshipMapSize = { width: 760, height: 560 } as const;

/** Yes/no columns read better on their own with "them" added; it also keeps them apart from the page's flags. */
const columnLabels = {
  'Do not inform': 'Do not inform them',
  'Do not share with': 'Do not share with them',
} as const;

/** The child, the adults connected to them and the agencies involved, then the same facts as tables. */
export function RelationshipMap({
  caseRecord,
  withheldAdultIds,
}: {
  caseRecord: CaseForRelationshipMap;
  /** Adults the viewer must not see; the worker's own screen shows everyone. */
  withheldAdultIds?: readonly string[];
}) {
  const summaryId = `relationship-map-summary-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const layout = useMemo(
    () => layoutRelationshipMap(caseRecord, { ...relationshipMapSize, audienceExcludesAdultIds: withheldAdultIds }),
    [caseRecord, withheldAdultIds],
  );
  return (
    <div className="app-picture app-picture--relationships">
      <div className="app-picture__frame app-picture__frame--narrow">
        <PictureSvg picture={layout} describedBy={summaryId} />
      </div>
      <PictureLegend items={layout.legend} />
      <PictureTextAlternative alternative={layout.textAlternative} summaryId={summaryId} columnLabels={columnLabels} />
    </div>
  );
}
