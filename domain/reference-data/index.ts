import countries from './nrm/countries.json';
import nationalities from './nrm/nationalities.json';
import organisations from './nrm/organisations.json';
import ukCitiesAndTowns from './nrm/uk-cities-and-towns.json';
import ukLocalAuthorities from './nrm/uk-local-authorities.json';
import ukPoliceForces from './nrm/uk-police-forces.json';
import ukRegions from './nrm/uk-regions.json';

export { languages } from './languages';

/** Pick-lists exactly as the Home Office NRM referral form offers them (see README.md for the source). */
export const nrmLists = {
  countries: countries as readonly string[],
  nationalities: nationalities as readonly string[],
  organisations: organisations as readonly string[],
  ukCitiesAndTowns: ukCitiesAndTowns as readonly string[],
  ukLocalAuthorities: ukLocalAuthorities as readonly string[],
  ukPoliceForces: ukPoliceForces as readonly string[],
  ukRegions: ukRegions as readonly string[],
} as const;

export const jurisdictions = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];
