import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { lastRefusedUpdateItem, packInForceItem } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';
import { localiseRefusal } from './pack-reason-text';

function formatTime(time: number): string {
  return new Date(time).toLocaleString();
}

/** The pack in force (id, version, source, signature, load time) and the last refusal. */
export function PackStatus() {
  const [inForce] = useSetting(packInForceItem);
  const [refused] = useSetting(lastRefusedUpdateItem);

  return (
    <section aria-labelledby="pack-heading" className="settings" data-testid="pack-status">
      <h2 id="pack-heading">{t('packHeading')}</h2>
      {inForce ? (
        <dl className="pack-facts">
          <dt>{t('packIdLabel')}</dt>
          <dd data-testid="pack-id">{`${inForce.pack.name} (${inForce.pack.id})`}</dd>
          <dt>{t('packVersionLabel')}</dt>
          <dd data-testid="pack-version">{inForce.pack.version}</dd>
          <dt>{t('packSourceLabel')}</dt>
          <dd data-testid="pack-source">{t(`packSource_${inForce.source}` as MessageKey)}</dd>
          <dt>{t('packSignatureLabel')}</dt>
          <dd>{t(`packSignature_${inForce.signatureState}` as MessageKey)}</dd>
          <dt>{t('packLoadedLabel')}</dt>
          <dd>{inForce.loadedAt ? formatTime(inForce.loadedAt) : '—'}</dd>
        </dl>
      ) : (
        <p className="muted">{t('packSource_default')}</p>
      )}

      <h3>{t('packRefusedHeading')}</h3>
      {refused ? (
        <p role="alert" className="bad" data-testid="pack-refused">
          {t('packRefusedLine', [
            t(`packSource_${refused.source}` as MessageKey),
            formatTime(refused.time),
            localiseRefusal(refused, uiLanguage()),
          ])}
        </p>
      ) : (
        <p className="muted">{t('packRefusedNone')}</p>
      )}
    </section>
  );
}
