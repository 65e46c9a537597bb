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
  const { location } = store;
  /** In team mode the worker's name is the one IT recorded for their sign-in, whatever is typed or was saved before. */
  const named = (settings: AppSettings): AppSettings =>
    location.kind === 'team' ? { ...settings, referrer: { ...settings.referrer, name: location.workerName } } : settings;
  const current = () => named(appSettings(store.local));
  return {
    'settings.get': () => current(),
    'settings.save': async (input) => {
      await store.onLocal((local) => local.settings.set(APP_SETTINGS_KEY, named(input)));
      return current();
    },
    'settings.firstStart': () => ({ needsWorker: appSettings(store.local).referrer.name.trim() === '', needsPin: !hasUnlockPin(store.local) }),
    'settings.saveWorker': async ({ name, role, team, nrmOrganisation }) => {
      await store.onLocal((local) => {
        const saved = appSettings(local);
        const referrer = { ...saved.referrer, name: name.trim(), role: role.trim(), team: team.trim(), nrmOrganisation };
        local.settings.set(APP_SETTINGS_KEY, named({ ...saved, referrer }));
      });
      return current();
    },
  };
}
