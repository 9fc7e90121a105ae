import { t } from '@/lib/i18n';
import type { ProgressEvent } from '@/lib/progress/event';
import { useEventSummary } from '../hooks/use-events';

function findingTotal(event: ProgressEvent): number {
  if (event.kind !== 'paste' && event.kind !== 'submit') return 0;

  return Object.values(event.findingCounts).reduce((sum, count) => sum + (count ?? 0), 0);
}

function kindLabel(event: ProgressEvent): string {
  return event.kind === 'paste'
    ? t('eventPaste')
    : event.kind === 'submit'
      ? t('eventSubmit')
      : event.kind;
}

function EventRow({ event }: { event: ProgressEvent }) {
  const total = findingTotal(event);
  const time = new Date(event.time).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
  const length =
    'promptLength' in event ? ` · ${t('eventLength', String(event.promptLength))}` : '';

  return (
    <li data-testid="event" data-kind={event.kind} data-tool={event.tool}>
      <time dateTime={new Date(event.time).toISOString()}>{time}</time>{' '}
      <strong>{kindLabel(event)}</strong> · {event.tool ?? '–'} ·{' '}
      <span className={total > 0 ? 'state-bad' : 'state-good'}>
        {total > 0 ? t('eventFindings', String(total)) : t('eventClean')}
      </span>
      {length}
    </li>
  );
}

/** The latest events and how many there were per day, folded away below the overview. */
export function RecentActivity() {
  const { summary, error } = useEventSummary();

  if (error) return <p role="alert">{t('errorGeneric', error)}</p>;
  if (!summary || summary.latest.length === 0) return null;

  return (
    <details className="activity">
      <summary>{t('activityHeading')}</summary>
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
    </details>
  );
}
