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
    'settings.get': () => appSettings(store.local),
    'settings.save': async (input) => {
      await store.onLocal((local) => local.settings.set(APP_SETTINGS_KEY, input));
      return appSettings(store.local);
    },
    'settings.firstStart': () => ({ needsWorker: appSettings(store.local).referrer.name.trim() === '', needsPin: !hasUnlockPin(store.local) }),
    'settings.saveWorker': async ({ name, role, team, nrmOrganisation }) => {
      await store.onLocal((local) => {
        const current = appSettings(local);
        const referrer = { ...current.referrer, name: name.trim(), role: role.trim(), team: team.trim(), nrmOrganisation };
        local.settings.set(APP_SETTINGS_KEY, { ...current, referrer });
      });
      return appSettings(store.local);
    },
  };
}
