import { useId, useMemo } from 'react';
import { layoutJourneyMap, type JourneyForMap } from '../../../domain/pictures';
import { PictureLegend, PictureSvg, PictureTextAlternative } from './PictureSvg';

export const journeyMapSize = { width: 960, height: 540 } as const;

/** The journey on a world map, then its key and the same legs in words. */
export function JourneyMap({ journey }: { journey: JourneyForMap }) {
  const summaryId = `journey-map-summary-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const layout = useMemo(() => layoutJourneyMap(journey, journeyMapSize), [journey]);
  return (
    <div className="app-picture app-picture--journey">
      <div className="app-picture__frame">
        <PictureSvg picture={layout} describedBy={summaryId} />
      </div>
      <PictureLegend items={layout.legend} />
      <PictureTextAlternative alternative={layout.textAlternative} summaryId={summaryId} as="list" openLabel="Show the map as a list" />
    </div>
  );
}
