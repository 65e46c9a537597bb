import type { OperationHandlers } from '../../domain/api';
import { readSavedSettings, type AppSettings } from '../../domain/settings';
import { hasUnlockPin } from './session';
import type { Store } from '../store/store';
import type { ServiceDeps } from './context';

/** The key the organisation's settings are kept under in the settings table. */
export const APP_SETTINGS_KEY = 'app';

/** The organisation's settings as saved (read forgivingly: see domain/settings.ts), or the defaults. */
export function appSettings(store: Store): AppSettings {
  return readSavedSettings(store.settings.get(APP_SETTINGS_KEY));
}

export function settingsHandlers(deps: ServiceDeps): Pick<OperationHandlers, 'settings.get' | 'settings.save' | 'settings.firstStart' | 'settings.saveWorker'> {
  const { store } = deps;
  return {
    'settings.get': () => appSettings(store),
    'settings.save': (input) => {
      store.settings.set(APP_SETTINGS_KEY, input);
      return appSettings(store);
    },
    'settings.firstStart': () => ({ needsWorker: appSettings(store).referrer.name.trim() === '', needsPin: !hasUnlockPin(store) }),
    'settings.saveWorker': ({ name, role, team, nrmOrganisation }) => {
      const current = appSettings(store);
      const referrer = { ...current.referrer, name: name.trim(), role: role.trim(), team: team.trim(), nrmOrganisation };
      store.settings.set(APP_SETTINGS_KEY, { ...current, referrer });
      return appSettings(store);
    },
  };
}
