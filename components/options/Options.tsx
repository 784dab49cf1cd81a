import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../lib/shared/i18n';
import type { CacheArea } from '../../lib/options/cache-usage';
import { ACTIVATION_MODES, withSite, type Settings } from '../../lib/shared/settings';
import type { SettingsProblem, SettingsStore } from '../../lib/shared/settings-store';
import { CacheSection } from './CacheSection';
import { Privacy } from './Privacy';
import { OPTIONS_STYLES } from './styles';

const PROBLEM_MESSAGES = { contactEmail: 'options.invalidEmail', ncbiApiKey: 'options.invalidKey', other: 'options.invalidOther' } as const;

/** The options page: what may be sent, when pages are read, sites switched off, the stored sources, privacy. */
export function Options({ store, cache }: { store: SettingsStore; cache: CacheArea }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ problem: SettingsProblem | null } | null>(null);
  useEffect(() => void store.load().then(setSettings), [store]);
  if (!settings) return <p>…</p>;
  const update = (change: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...change } : current));
    setStatus(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setStatus({ problem: await store.save(settings) });
  };
  const switchOn = async (site: string) => {
    const next = withSite(settings, site, true);
    setSettings(next);
    await store.update((current) => withSite(current, site, true));
  };
  return (
    <main class="el-options">
      <style>{OPTIONS_STYLES}</style>
      <h1>{i18n.t('options.title')}</h1>
      <p class="el-hint">{i18n.t('options.intro')}</p>
      <form onSubmit={save}>
        <label class="el-field" for="email">
          {i18n.t('options.email')}
        </label>
        <input
          id="email"
          type="email"
          aria-describedby="email-hint"
          value={settings.contactEmail ?? ''}
          onInput={(e) => update({ contactEmail: e.currentTarget.value.trim() || null })}
        />
        <p class="el-hint" id="email-hint">
          {i18n.t('options.emailHint')}
        </p>
        <label class="el-field" for="ncbi">
          {i18n.t('options.ncbiKey')}
        </label>
        <input
          id="ncbi"
          type="text"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="ncbi-hint"
          value={settings.ncbiApiKey ?? ''}
          onInput={(e) => update({ ncbiApiKey: e.currentTarget.value.trim() || null })}
        />
        <p class="el-hint" id="ncbi-hint">
          {i18n.t('options.ncbiKeyHint')}
        </p>
        <label class="el-choice">
          <input
            id="reference-text"
            type="checkbox"
            aria-describedby="reference-text-hint"
            checked={settings.allowReferenceText}
            onChange={(e) => update({ allowReferenceText: e.currentTarget.checked })}
          />
          <span>{i18n.t('options.referenceText')}</span>
        </label>
        <p class="el-hint" id="reference-text-hint">
          {i18n.t('options.referenceTextHint')}
        </p>
        <label class="el-choice">
          <input
            id="full-text"
            type="checkbox"
            aria-describedby="full-text-hint"
            checked={settings.fullTextReading}
            onChange={(e) => update({ fullTextReading: e.currentTarget.checked })}
          />
          <span>{i18n.t('options.fullText')}</span>
        </label>
        <p class="el-hint" id="full-text-hint">
          {i18n.t('options.fullTextHint')}
        </p>
        <fieldset aria-describedby="activation-hint">
          <legend>{i18n.t('options.activation')}</legend>
          {ACTIVATION_MODES.map((mode) => (
            <label class="el-choice" key={mode}>
              <input
                type="radio"
                name="activation"
                value={mode}
                checked={settings.activation === mode}
                onChange={() => update({ activation: mode })}
              />
              <span>{i18n.t(`options.activation${mode === 'automatic' ? 'Automatic' : 'OnClick'}`)}</span>
            </label>
          ))}
          <p class="el-hint" id="activation-hint">
            {i18n.t('options.activationHint')}
          </p>
        </fieldset>
        <button type="submit">{i18n.t('options.save')}</button>
        {status && (
          <span class={status.problem ? 'el-error' : 'el-status'} role="status">
            {status.problem ? i18n.t(PROBLEM_MESSAGES[status.problem]) : i18n.t('options.saved')}
          </span>
        )}
      </form>
      <section aria-labelledby="el-sites-heading">
        <h2 id="el-sites-heading">{i18n.t('options.sites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="el-hint">{i18n.t('options.sitesNone')}</p>
        ) : (
          <ul class="el-sites" data-testid="disabled-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" onClick={() => void switchOn(site)}>
                  {i18n.t('options.siteRemove', [site])}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CacheSection area={cache} />
      <Privacy />
    </main>
  );
}
