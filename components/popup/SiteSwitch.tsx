import { i18n } from '../../lib/shared/i18n';

/** On or off for this site, remembered in the settings. */
export function SiteSwitch({ site, enabled, onChange }: { site: string; enabled: boolean; onChange: (enabled: boolean) => void }) {
  return (
    <button
      type="button"
      class={`el-switch ${enabled ? 'el-switch-on' : 'el-switch-off'}`}
      aria-pressed={enabled}
      data-testid="site-switch"
      onClick={() => onChange(!enabled)}
    >
      <span class="el-switch-track" aria-hidden="true">
        <span class="el-switch-knob" />
      </span>
      {i18n.t(enabled ? 'site.on' : 'site.off', [site])}
    </button>
  );
}
