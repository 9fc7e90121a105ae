import { t } from '@/lib/i18n';
import type { ProgressEvent } from '@/lib/progress/event';
import { useEventSummary } from './hooks/use-events';

function findingTotal(event: ProgressEvent): number {
  return Object.values(event.findingCounts).reduce((sum, count) => sum + (count ?? 0), 0);
}

function EventRow({ event }: { event: ProgressEvent }) {
  const total = findingTotal(event);
  const time = new Date(event.time).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

  return (
    <li data-testid="event" data-kind={event.kind} data-tool={event.tool}>
      <time dateTime={new Date(event.time).toISOString()}>{time}</time>{' '}
      <strong>{t(event.kind === 'paste' ? 'eventPaste' : 'eventSubmit')}</strong> · {event.tool} ·{' '}
      <span className={total > 0 ? 'state-bad' : 'state-good'}>
        {total > 0 ? t('eventFindings', String(total)) : t('eventClean')}
      </span>{' '}
      · {t('eventLength', String(event.promptLength))}
    </li>
  );
}

/** The first progress view: the latest events and how many there were per day. */
export function ProgressView() {
  const { summary, error } = useEventSummary();

  if (error) return <p role="alert">{t('errorGeneric', error)}</p>;
  if (!summary) return <p className="muted">{t('loading')}</p>;
  if (summary.latest.length === 0) return <p className="muted">{t('progressEmpty')}</p>;

  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('progressHeading')}</h2>
      <h3>{t('progressPerDay')}</h3>
      <ul className="per-day">
        {summary.perDay.map(({ day, count }) => (
          <li key={day} data-testid="day-count" data-day={day}>
            <span>{day}</span> <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <h3>{t('progressLatest')}</h3>
      <ul className="events">
        {summary.latest.map((event) => (
          <EventRow key={event.id} event={event} />
        ))}
      </ul>
    </section>
  );
}
