/** The case pictures as plain drawing data, for the React SVG component and the pdf-lib renderer alike. */
export * from './drawing';
export * from './journey-map';
export * from './relationship-map';
export * from './timeline';
export { placeNrmCountry, nrmCountriesDrawnAsPoints, nrmCountryNames, type CountryPlacement } from './nrm-countries-atlas';
export { loadWorldAtlas, type AtlasCountry, type WorldAtlas } from './world-atlas';
