import { nrmLists } from '../reference-data';

/**
 * How each country on the NRM form's list is found in world-atlas 2.0.2 (Natural Earth, 1:110m).
 *
 * Columns: NRM name, ISO 3166-1 numeric id (null where Natural Earth has none), the 110m feature names that make up
 * the country (empty when the country is too small to have a shape at 1:110m, so it is drawn as a point), and a
 * point to draw arrows to, as [longitude, latitude].
 *
 * The points were worked out for this project from the largest land area of each country in the 1:50m atlas
 * (its centre), except where that centre falls outside the country or far from where journeys usually pass:
 * Israel, Vietnam (Hanoi), Indonesia (Jakarta), Malaysia (Kuala Lumpur), Russia (Moscow) and Tuvalu (Funafuti,
 * missing from the 1:50m atlas) were set by hand, and Haiti's was moved a little to sit inside its 1:110m outline.
 *
 * Somalia includes Somaliland and Cyprus includes the north, as the UK government recognises them.
 */
type Row = readonly [
  nrmName: string,
  isoNumeric: string | null,
  atlasNames: readonly string[],
  lon: number,
  lat: number,
];

const rows: readonly Row[] = [
  ['Afghanistan', '004', ['Afghanistan'], 65.9, 33.8],
  ['Albania', '008', ['Albania'], 20.1, 41.1],
  ['Algeria', '012', ['Algeria'], 2.6, 28.1],
  ['Andorra', '020', [], 1.6, 42.5],
  ['Angola', '024', ['Angola'], 17.6, -12.3],
  ['Antigua and Barbuda', '028', [], -61.8, 17.1],
  ['Argentina', '032', ['Argentina'], -64.7, -34.5],
  ['Armenia', '051', ['Armenia'], 44.9, 40.3],
  ['Australia', '036', ['Australia'], 134.2, -25.6],
  ['Austria', '040', ['Austria'], 14.1, 47.6],
  ['Azerbaijan', '031', ['Azerbaijan'], 47.7, 40.3],
  ['Bahrain', '048', [], 50.5, 26],
  ['Bangladesh', '050', ['Bangladesh'], 90.2, 23.9],
  ['Barbados', '052', [], -59.6, 13.2],
  ['Belarus', '112', ['Belarus'], 28, 53.5],
  ['Belgium', '056', ['Belgium'], 4.6, 50.6],
  ['Belize', '084', ['Belize'], -88.7, 17.2],
  ['Benin', '204', ['Benin'], 2.3, 9.6],
  ['Bhutan', '064', ['Bhutan'], 90.4, 27.4],
  ['Bolivia', '068', ['Bolivia'], -64.7, -16.7],
  ['Bosnia and Herzegovina', '070', ['Bosnia and Herz.'], 17.8, 44.2],
  ['Botswana', '072', ['Botswana'], 23.8, -22.2],
  ['Brazil', '076', ['Brazil'], -53.2, -10.7],
  ['Brunei', '096', ['Brunei'], 114.6, 4.5],
  ['Bulgaria', '100', ['Bulgaria'], 25.2, 42.8],
  ['Burkina Faso', '854', ['Burkina Faso'], -1.8, 12.3],
  ['Burma', '104', ['Myanmar'], 96.5, 21.1],
  ['Burundi', '108', ['Burundi'], 29.9, -3.4],
  ['Cambodia', '116', ['Cambodia'], 104.9, 12.7],
  ['Cameroon', '120', ['Cameroon'], 12.7, 5.7],
  ['Canada', '124', ['Canada'], -99, 58.6],
  ['Cape Verde', '132', [], -23.6, 15.1],
  ['Central African Republic', '140', ['Central African Rep.'], 20.5, 6.6],
  ['Chad', '148', ['Chad'], 18.6, 15.3],
  ['Chile', '152', ['Chile'], -70.9, -34.4],
  ['China', '156', ['China'], 103.3, 36.8],
  ['Colombia', '170', ['Colombia'], -73.1, 3.9],
  ['Comoros', '174', [], 43.3, -11.7],
  ['Congo', '178', ['Congo'], 15.2, -0.8],
  ['Congo (Democratic Republic)', '180', ['Dem. Rep. Congo'], 23.6, -2.9],
  ['Costa Rica', '188', ['Costa Rica'], -84.2, 10],
  ['Croatia', '191', ['Croatia'], 16.4, 45.2],
  ['Cuba', '192', ['Cuba'], -78.9, 21.6],
  ['Cyprus', '196', ['Cyprus', 'N. Cyprus'], 33, 34.9],
  ['Czechia', '203', ['Czechia'], 15.3, 49.7],
  ['Denmark', '208', ['Denmark'], 9.3, 56.2],
  ['Djibouti', '262', ['Djibouti'], 42.6, 11.7],
  ['Dominica', '212', [], -61.4, 15.4],
  ['Dominican Republic', '214', ['Dominican Rep.'], -70.5, 18.9],
  ['East Timor', '626', ['Timor-Leste'], 125.9, -8.8],
  ['Ecuador', '218', ['Ecuador'], -78.4, -1.4],
  ['Egypt', '818', ['Egypt'], 29.9, 26.5],
  ['El Salvador', '222', ['El Salvador'], -88.9, 13.7],
  ['Equatorial Guinea', '226', ['Eq. Guinea'], 10.5, 1.6],
  ['Eritrea', '232', ['Eritrea'], 38.8, 15.4],
  ['Estonia', '233', ['Estonia'], 25.8, 58.7],
  ['Eswatini', '748', ['eSwatini'], 31.5, -26.6],
  ['Ethiopia', '231', ['Ethiopia'], 39.6, 8.6],
  ['Fiji', '242', ['Fiji'], 178, -17.8],
  ['Finland', '246', ['Finland'], 26.2, 64.3],
  ['France', '250', ['France'], 2.5, 46.6],
  ['Gabon', '266', ['Gabon'], 11.8, -0.6],
  ['Georgia', '268', ['Georgia'], 43.5, 42.2],
  ['Germany', '276', ['Germany'], 10.4, 51],
  ['Ghana', '288', ['Ghana'], -1.2, 7.9],
  ['Greece', '300', ['Greece'], 22.6, 39.5],
  ['Grenada', '308', [], -61.7, 12.1],
  ['Guatemala', '320', ['Guatemala'], -90.4, 15.7],
  ['Guinea', '324', ['Guinea'], -10.9, 10.4],
  ['Guinea-Bissau', '624', ['Guinea-Bissau'], -14.9, 12.1],
  ['Guyana', '328', ['Guyana'], -59, 4.8],
  ['Haiti', '332', ['Haiti'], -72.3, 18.9],
  ['Honduras', '340', ['Honduras'], -86.6, 14.8],
  ['Hungary', '348', ['Hungary'], 19.4, 47.2],
  ['Iceland', '352', ['Iceland'], -18.6, 65],
  ['India', '356', ['India'], 79.5, 22.8],
  ['Indonesia', '360', ['Indonesia'], 106.8, -6.2],
  ['Iran', '364', ['Iran'], 54.4, 32.5],
  ['Iraq', '368', ['Iraq'], 43.8, 33],
  ['Ireland', '372', ['Ireland'], -8.1, 53.2],
  ['Israel', '376', ['Israel'], 34.9, 31],
  ['Italy', '380', ['Italy'], 12.3, 43.5],
  ['Ivory Coast', '384', ["Côte d'Ivoire"], -5.6, 7.6],
  ['Jamaica', '388', ['Jamaica'], -77.3, 18.2],
  ['Japan', '392', ['Japan'], 137.9, 36.6],
  ['Jordan', '400', ['Jordan'], 36.8, 31.2],
  ['Kazakhstan', '398', ['Kazakhstan'], 67.2, 48.4],
  ['Kenya', '404', ['Kenya'], 37.8, 0.6],
  ['Kiribati', '296', [], -157.4, 1.9],
  ['Kosovo', null, ['Kosovo'], 20.9, 42.6],
  ['Kuwait', '414', ['Kuwait'], 47.6, 29.3],
  ['Kyrgyzstan', '417', ['Kyrgyzstan'], 74.5, 41.5],
  ['Laos', '418', ['Laos'], 103.8, 18.5],
  ['Latvia', '428', ['Latvia'], 24.9, 56.9],
  ['Lebanon', '422', ['Lebanon'], 35.9, 33.9],
  ['Lesotho', '426', ['Lesotho'], 28.2, -29.6],
  ['Liberia', '430', ['Liberia'], -9.3, 6.5],
  ['Libya', '434', ['Libya'], 18.1, 27],
  ['Liechtenstein', '438', [], 9.5, 47.1],
  ['Lithuania', '440', ['Lithuania'], 23.9, 55.3],
  ['Luxembourg', '442', ['Luxembourg'], 6.1, 49.8],
  ['Madagascar', '450', ['Madagascar'], 46.7, -19.3],
  ['Malawi', '454', ['Malawi'], 34.3, -13.2],
  ['Malaysia', '458', ['Malaysia'], 101.7, 3.1],
  ['Maldives', '462', [], 73.5, 4.2],
  ['Mali', '466', ['Mali'], -3.6, 17.3],
  ['Malta', '470', [], 14.4, 35.9],
  ['Marshall Islands', '584', [], 171.2, 7.1],
  ['Mauritania', '478', ['Mauritania'], -10.4, 20.2],
  ['Mauritius', '480', [], 57.6, -20.3],
  ['Mexico', '484', ['Mexico'], -102.2, 23.9],
  ['Micronesia', '583', [], 158.2, 6.9],
  ['Moldova', '498', ['Moldova'], 28.5, 47.2],
  ['Monaco', '492', [], 7.4, 43.8],
  ['Mongolia', '496', ['Mongolia'], 103.1, 47],
  ['Montenegro', '499', ['Montenegro'], 19.2, 42.8],
  ['Morocco', '504', ['Morocco'], -8.7, 29.8],
  ['Mozambique', '508', ['Mozambique'], 35.6, -17.2],
  ['Namibia', '516', ['Namibia'], 17.2, -22.1],
  ['Nauru', '520', [], 166.9, -0.5],
  ['Nepal', '524', ['Nepal'], 83.9, 28.3],
  ['Netherlands', '528', ['Netherlands'], 5.6, 52.3],
  ['New Zealand', '554', ['New Zealand'], 170.6, -43.9],
  ['Nicaragua', '558', ['Nicaragua'], -85, 12.8],
  ['Niger', '562', ['Niger'], 9.3, 17.4],
  ['Nigeria', '566', ['Nigeria'], 8.1, 9.6],
  ['North Korea', '408', ['North Korea'], 127.2, 40.1],
  ['North Macedonia', '807', ['Macedonia'], 21.7, 41.6],
  ['Norway', '578', ['Norway'], 12.2, 63.8],
  ['Oman', '512', ['Oman'], 56.1, 20.6],
  ['Pakistan', '586', ['Pakistan'], 69.2, 29.9],
  ['Palau', '585', [], 134.6, 7.5],
  ['Palestine', '275', ['Palestine'], 35.2, 31.9],
  ['Panama', '591', ['Panama'], -80.1, 8.5],
  ['Papua New Guinea', '598', ['Papua New Guinea'], 144.2, -6.6],
  ['Paraguay', '600', ['Paraguay'], -58.4, -23.2],
  ['Peru', '604', ['Peru'], -74.4, -9.1],
  ['Philippines', '608', ['Philippines'], 121.4, 15.9],
  ['Poland', '616', ['Poland'], 19.4, 52.1],
  ['Portugal', '620', ['Portugal'], -8, 39.7],
  ['Qatar', '634', ['Qatar'], 51.2, 25.3],
  ['Romania', '642', ['Romania'], 25, 45.8],
  ['Russia', '643', ['Russia'], 37.6, 55.8],
  ['Rwanda', '646', ['Rwanda'], 29.9, -2],
  ['Samoa', '882', [], -172.4, -13.6],
  ['San Marino', '674', [], 12.5, 43.9],
  ['Sao Tome and Principe', '678', [], 6.6, 0.2],
  ['Saudi Arabia', '682', ['Saudi Arabia'], 44.7, 24.1],
  ['Senegal', '686', ['Senegal'], -14.5, 14.4],
  ['Serbia', '688', ['Serbia'], 20.8, 44.2],
  ['Seychelles', '690', [], 55.5, -4.7],
  ['Sierra Leone', '694', ['Sierra Leone'], -11.8, 8.6],
  ['Singapore', '702', [], 103.8, 1.4],
  ['Slovakia', '703', ['Slovakia'], 19.5, 48.7],
  ['Slovenia', '705', ['Slovenia'], 14.8, 46.1],
  ['Solomon Islands', '090', ['Solomon Is.'], 160.2, -9.6],
  ['Somalia', '706', ['Somalia', 'Somaliland'], 45.7, 4.7],
  ['South Africa', '710', ['South Africa'], 25.2, -29],
  ['South Korea', '410', ['South Korea'], 127.9, 36.5],
  ['South Sudan', '728', ['S. Sudan'], 30.3, 7.3],
  ['Spain', '724', ['Spain'], -3.6, 40.4],
  ['Sri Lanka', '144', ['Sri Lanka'], 80.7, 7.6],
  ['St Kitts and Nevis', '659', [], -62.7, 17.3],
  ['St Lucia', '662', [], -61, 13.9],
  ['St Vincent', '670', [], -61.2, 13.3],
  ['Sudan', '729', ['Sudan'], 29.9, 16],
  ['Suriname', '740', ['Suriname'], -55.9, 4.1],
  ['Sweden', '752', ['Sweden'], 16.2, 62.4],
  ['Switzerland', '756', ['Switzerland'], 8.2, 46.8],
  ['Syria', '760', ['Syria'], 38.5, 35],
  ['Tajikistan', '762', ['Tajikistan'], 71, 38.5],
  ['Tanzania', '834', ['Tanzania'], 34.8, -6.3],
  ['Thailand', '764', ['Thailand'], 101, 15.1],
  ['The Bahamas', '044', ['Bahamas'], -78, 24.7],
  ['The Gambia', '270', ['Gambia'], -15.4, 13.5],
  ['Togo', '768', ['Togo'], 1, 8.5],
  ['Tonga', '776', [], -175.2, -21.2],
  ['Trinidad and Tobago', '780', ['Trinidad and Tobago'], -61.3, 10.4],
  ['Tunisia', '788', ['Tunisia'], 9.6, 34.1],
  ['Turkey', '792', ['Turkey'], 35.4, 39.1],
  ['Turkmenistan', '795', ['Turkmenistan'], 59.4, 39.1],
  ['Tuvalu', '798', [], 179.2, -8.5],
  ['Uganda', '800', ['Uganda'], 32.4, 1.3],
  ['Ukraine', '804', ['Ukraine'], 31.3, 49.2],
  ['United Arab Emirates', '784', ['United Arab Emirates'], 54.3, 23.9],
  ['United Kingdom', '826', ['United Kingdom'], -2.4, 53.8],
  ['United States', '840', ['United States of America'], -98.8, 39.9],
  ['Uruguay', '858', ['Uruguay'], -56, -32.8],
  ['Uzbekistan', '860', ['Uzbekistan'], 63.3, 41.8],
  ['Vanuatu', '548', ['Vanuatu'], 166.8, -15.2],
  ['Vatican City', '336', [], 12.4, 41.9],
  ['Venezuela', '862', ['Venezuela'], -66.2, 7.1],
  ['Vietnam', '704', ['Vietnam'], 105.8, 21],
  ['Yemen', '887', ['Yemen'], 47.5, 15.9],
  ['Zambia', '894', ['Zambia'], 27.8, -13.5],
  ['Zimbabwe', '716', ['Zimbabwe'], 29.9, -19],
];

export type CountryPlacement =
  | {
      kind: 'shape';
      nrmName: string;
      isoNumeric: string | null;
      /** Feature names in world-atlas countries-110m.json. */
      atlasNames: readonly string[];
      point: readonly [number, number];
    }
  | {
      kind: 'point';
      nrmName: string;
      isoNumeric: string | null;
      atlasNames: readonly [];
      point: readonly [number, number];
    }
  | { kind: 'unknown'; nrmName: string | null };

const byName = new Map<string, CountryPlacement>(
  rows.map(([nrmName, isoNumeric, atlasNames, lon, lat]) => [
    nrmName,
    atlasNames.length > 0
      ? { kind: 'shape', nrmName, isoNumeric, atlasNames, point: [lon, lat] as const }
      : { kind: 'point', nrmName, isoNumeric, atlasNames: [] as const, point: [lon, lat] as const },
  ]),
);

/** Where to draw a country named as on the NRM form. "Unknown", empty or unrecognised names are 'unknown'. */
export function placeNrmCountry(name: string | null | undefined): CountryPlacement {
  if (!name) return { kind: 'unknown', nrmName: null };
  return byName.get(name) ?? { kind: 'unknown', nrmName: name };
}

/** NRM countries with no outline in the 1:110m atlas; the journey map draws them as a marked point. */
export const nrmCountriesDrawnAsPoints: readonly string[] = rows
  .filter(([, , atlasNames]) => atlasNames.length === 0)
  .map(([name]) => name);

/** Every NRM list entry that names a real country (all but "Unknown"). */
export const nrmCountryNames: readonly string[] = nrmLists.countries.filter((name) => name !== 'Unknown');
