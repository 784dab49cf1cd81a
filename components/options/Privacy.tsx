import { i18n } from '../../lib/shared/i18n';

/** What leaves the browser, in plain words. */
export function Privacy() {
  return (
    <section class="el-privacy" aria-labelledby="el-privacy-heading" id="privacy">
      <h2 id="el-privacy-heading">{i18n.t('options.privacy')}</h2>
      <p>{i18n.t('options.privacy1')}</p>
      <p>{i18n.t('options.privacy2')}</p>
      <p>{i18n.t('options.privacy3')}</p>
      <p>{i18n.t('options.privacy4')}</p>
    </section>
  );
}
