export { PictureLegend, PictureSvg, PictureTextAlternative, type PictureSvgProps, type TextAlternativeProps } from './PictureSvg';
export { JourneyMap, journeyMapSize } from './JourneyMap';
export { RelationshipMap, relationshipMapSize } from './RelationshipMap';
export { Timeline, timelineWidth } from './Timeline';
