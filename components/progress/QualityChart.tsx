import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import { t } from '@/lib/i18n';
import type { DailyQuality } from '@/lib/progress/daily';

/** Colours from the panel's CSS variables, so the chart follows light and dark themes. */
function themeColours() {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { accent: read('--accent'), muted: read('--muted'), fg: read('--fg') };
}

const day = 24 * 60 * 60;

/**
 * uPlot widens a time axis holding one point by 86400 / 1e-3 seconds, so a learner's first
 * day showed up on an axis of almost three years; a week around that day reads as it is.
 */
function timeRange(seconds: ArrayLike<number>): uPlot.Scale['range'] {
  const only = seconds.length === 1 ? seconds[0] : undefined;
  return only === undefined ? undefined : [only - 3 * day, only + 3 * day];
}

function chartOptions(width: number, seconds: ArrayLike<number>): uPlot.Options {
  const { accent, muted, fg } = themeColours();
  const axis = { stroke: fg, grid: { stroke: `${muted}33` }, ticks: { stroke: `${muted}66` } };

  return {
    width,
    height: 180,
    scales: { x: { time: true, range: timeRange(seconds) }, y: { range: [0, 100] } },
    axes: [axis, axis],
    legend: { show: false },
    series: [
      {},
      { label: t('chartMedian'), stroke: accent, width: 2 },
      { label: t('chartBandLow'), stroke: 'transparent' },
      { label: t('chartBandHigh'), stroke: 'transparent' },
    ],
    bands: [{ series: [3, 2], fill: `${accent}33` }],
  };
}

function chartData(points: readonly DailyQuality[]): uPlot.AlignedData {
  const seconds = points.map((point) => new Date(`${point.day}T12:00`).getTime() / 1000);
  return [
    seconds,
    points.map((p) => p.median),
    points.map((p) => p.low),
    points.map((p) => p.high),
  ];
}

/** Draws the chart into `target`, again when the colour scheme changes; answers a cleanup. */
function drawChart(target: HTMLElement, points: readonly DailyQuality[]): () => void {
  const data = chartData(points);
  const draw = () => new uPlot(chartOptions(target.clientWidth || 320, data[0]), data, target);
  let plot = draw();
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const redraw = () => {
    plot.destroy();
    plot = draw();
  };

  scheme.addEventListener('change', redraw);
  return () => {
    scheme.removeEventListener('change', redraw);
    plot.destroy();
  };
}

/** The data as a table: the chart's text alternative for screen readers and exact values. */
function QualityTable({ points }: { points: readonly DailyQuality[] }) {
  return (
    <details>
      <summary>{t('chartTable')}</summary>
      <table className="quality-table">
        <thead>
          <tr>
            <th scope="col">{t('chartDay')}</th>
            <th scope="col">{t('chartMedian')}</th>
            <th scope="col">{t('chartBandLow')}</th>
            <th scope="col">{t('chartBandHigh')}</th>
            <th scope="col">{t('chartPrompts')}</th>
          </tr>
        </thead>
        <tbody>
          {points.slice(-60).map((point) => (
            <tr key={point.day}>
              <td>{point.day}</td>
              <td>{point.median}</td>
              <td>{point.low}</td>
              <td>{point.high}</td>
              <td>{point.prompts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Daily median prompt score with the middle half of the day's scores as a band. */
export function QualityChart({ points }: { points: readonly DailyQuality[] }) {
  const target = useRef<HTMLDivElement>(null);
  const latest = useRef(points);
  latest.current = points;

  // Every new event reloads the overview; the chart is drawn again only when a point moved.
  const signature = points.map(({ day, median, low, high }) => `${day}${median}/${low}/${high}`);
  const drawn = signature.join();

  useEffect(() => {
    if (!target.current || latest.current.length === 0) return undefined;
    return drawChart(target.current, latest.current);
  }, [drawn]);

  const first = points[0];
  const last = points.at(-1);

  return (
    <section aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('chartHeading')}</h2>
      {first && last ? (
        <figure className="chart" data-testid="quality-chart" data-days={points.length}>
          <div ref={target} role="img" aria-labelledby="chart-summary" />
          <figcaption id="chart-summary" data-testid="chart-summary">
            {points.length === 1
              ? t('chartSummaryOneDay', String(first.median))
              : t('chartSummary', [
                  String(points.length),
                  String(first.median),
                  String(last.median),
                ])}
          </figcaption>
          <QualityTable points={points} />
        </figure>
      ) : (
        <p className="muted">{t('chartEmpty')}</p>
      )}
    </section>
  );
}
