import { useEffect, useState } from 'preact/hooks';
import type { SettingsStore } from '../../lib/options/settings-store';
import type { Settings } from '../../lib/shared/settings';

const STYLES = `
body { margin: 0; background: #fafafa; }
.el-options { max-width: 560px; margin: 24px auto; padding: 16px 20px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1d; background: #fff; border: 1px solid #e2e2e2; border-radius: 8px; }
h1 { font-size: 18px; margin: 0 0 12px; }
label { display: block; margin: 14px 0 4px; font-weight: 600; }
input[type="email"], input[type="text"] { width: 100%; box-sizing: border-box; padding: 6px 8px; font: inherit; border: 1px solid #bbb; border-radius: 4px; }
.el-hint { margin: 2px 0 0; color: #555; font-size: 12px; }
.el-check { display: flex; gap: 8px; align-items: flex-start; font-weight: normal; }
button { margin-top: 16px; padding: 6px 14px; font: inherit; }
.el-status { margin-left: 10px; color: #2f5d3a; }
.el-error { margin-left: 10px; color: #8a1c1c; }
`;

/** The options page: contact email, NCBI key and whether reference text may be sent. */
export function Options({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => void store.load().then(setSettings), [store]);
  if (!settings) return <p>Loading…</p>;
  const update = (change: Partial<Settings>) => {
    setSettings({ ...settings, ...change });
    setStatus(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const problem = await store.save(settings);
    setStatus(problem ? { ok: false, text: problem } : { ok: true, text: 'Saved.' });
  };
  return (
    <form class="el-options" onSubmit={save}>
      <style>{STYLES}</style>
      <h1>Evidence Lens settings</h1>
      <p class="el-hint">
        Evidence Lens sends the identifiers of the studies a page cites to Europe PMC, PubMed, Crossref and ClinicalTrials.gov, never the
        page itself.
      </p>
      <label for="email">Contact email (optional)</label>
      <input
        id="email"
        type="email"
        value={settings.contactEmail ?? ''}
        onInput={(e) => update({ contactEmail: e.currentTarget.value.trim() || null })}
      />
      <p class="el-hint">
        Crossref and NCBI ask tools to give a contact; Unpaywall, which finds free full texts, needs one. It is sent to those three services
        only.
      </p>
      <label for="ncbi">NCBI API key (optional)</label>
      <input
        id="ncbi"
        type="text"
        value={settings.ncbiApiKey ?? ''}
        onInput={(e) => update({ ncbiApiKey: e.currentTarget.value.trim() || null })}
      />
      <p class="el-hint">With your own key, PubMed allows more requests per second.</p>
      <label class="el-check">
        <input
          type="checkbox"
          checked={settings.allowReferenceText}
          onChange={(e) => update({ allowReferenceText: e.currentTarget.checked })}
        />
        <span>Look up references that have no DOI or PubMed id by their text (sent to Crossref only)</span>
      </label>
      <button type="submit">Save</button>
      {status && (
        <span class={status.ok ? 'el-status' : 'el-error'} role="status">
          {status.text}
        </span>
      )}
    </form>
  );
}
