import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentStats, DayChoices } from '../../api/consent.api';
import { formatInteger } from '../../lib/format';
import { useLanguage } from '../register/register-format';
import {
  CHOICE_SERIES,
  type ChoiceSeries,
  choiceTotals,
  dayTotal,
  fillDays,
  isLabelledDay,
  stackDay,
  valueAxis,
} from './consent-chart';

const WIDTH = 900;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 44 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

/**
 * Banner choices per day as stacked bars (plain SVG). Each kind has its own colour and its own texture, so the
 * chart reads without colour; the legend gives the totals, every bar a tooltip with its figures, and a table gives
 * every figure for screen readers and for reading them exactly.
 */
export function ChoiceChart({ stats, period }: { stats: ConsentStats; period: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  // Pattern ids must be valid in url(#…): keep letters and digits of React's id.
  const uid = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const days = fillDays(stats.from, stats.to, stats.days);
  const totals = choiceTotals(days);
  const { max, ticks } = valueAxis(Math.max(0, ...days.map(dayTotal)));
  const slot = PLOT_WIDTH / Math.max(1, days.length);
  const barWidth = Math.max(1, slot * 0.7);
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;
  const dayLabel = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));
  const figures = (values: Record<ChoiceSeries, number>) =>
    CHOICE_SERIES.map((series) => `${t(`consent.choices.${series}`)} ${formatInteger(values[series], locale)}`).join(
      ', ',
    );
  const summary =
    totals.all === 0
      ? t('consent.chart.none')
      : t('consent.chart.summary', { total: formatInteger(totals.all, locale), figures: figures(totals) });

  return (
    <section className="consent-section" aria-labelledby={`${uid}-heading`} data-testid="choice-chart">
      <h2 id={`${uid}-heading`}>{t('consent.chart.title', { days: period })}</h2>
      <ChoiceLegend uid={uid} totals={totals} />
      <div className="choice-chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${uid}-title ${uid}-desc`}
          data-testid="choice-chart-svg"
        >
          <title id={`${uid}-title`}>{t('consent.chart.title', { days: period })}</title>
          <desc id={`${uid}-desc`}>{summary}</desc>
          <ChoicePatterns uid={uid} />
          {ticks.map((tick) => (
            <g key={tick} className="chart-grid">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatInteger(tick, locale)}
              </text>
            </g>
          ))}
          {days.map((day, index) => {
            const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
            return (
              <g key={day.day} data-testid="choice-bar" data-day={day.day} data-total={dayTotal(day)}>
                <title>{`${label(day.day)}: ${formatInteger(dayTotal(day), locale)} — ${figures(day)}`}</title>
                {/* A transparent column, so the tooltip shows over the whole day, not only over its bar. */}
                <rect
                  className="chart-hit"
                  x={MARGIN.left + index * slot}
                  y={MARGIN.top}
                  width={slot}
                  height={PLOT_HEIGHT}
                />
                {stackDay(day).map((segment) => (
                  <rect
                    key={segment.series}
                    className="chart-segment"
                    x={x}
                    y={y(segment.to)}
                    width={barWidth}
                    height={Math.max(0, y(segment.from) - y(segment.to))}
                    fill={`url(#${uid}-${segment.series})`}
                  />
                ))}
                {isLabelledDay(index, days.length) ? (
                  <text className="chart-label" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                    {label(day.day)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line
            className="chart-axis"
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={MARGIN.top + PLOT_HEIGHT}
            y2={MARGIN.top + PLOT_HEIGHT}
          />
        </svg>
      </div>
      <ChoiceTable days={days} label={label} locale={locale} />
    </section>
  );
}

/** The kinds with their texture and total over the period: the key to the chart, in words and numbers. */
function ChoiceLegend({ uid, totals }: { uid: string; totals: Record<ChoiceSeries | 'all', number> }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <ul className="chart-legend" aria-label={t('consent.chart.legend')} data-testid="choice-legend">
      {CHOICE_SERIES.map((series) => (
        <li key={series}>
          <svg className="chart-swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect x="0.5" y="0.5" width="15" height="15" className="chart-segment" fill={`url(#${uid}-${series})`} />
          </svg>
          {t(`consent.choices.${series}`)}:{' '}
          <strong data-testid={`choice-total-${series}`}>{formatInteger(totals[series], locale)}</strong>
        </li>
      ))}
      <li>
        {t('consent.chart.total')}: <strong data-testid="choice-total-all">{formatInteger(totals.all, locale)}</strong>
      </li>
    </ul>
  );
}

/** A fill per kind: its colour and a texture (solid, diagonal, dots, horizontal lines, cross-hatch). */
function ChoicePatterns({ uid }: { uid: string }) {
  const textures: Record<ChoiceSeries, ReactNode> = {
    acceptAll: null,
    rejectAll: <path className="chart-texture" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" />,
    custom: <circle className="chart-texture-dot" cx="4" cy="4" r="1.4" />,
    gpc: <path className="chart-texture" d="M0,2 h8 M0,6 h8" />,
    withdraw: <path className="chart-texture" d="M0,0 l8,8 M8,0 l-8,8" />,
  };
  return (
    <defs>
      {CHOICE_SERIES.map((series) => (
        <pattern key={series} id={`${uid}-${series}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className={`chart-fill chart-fill-${series}`} />
          {textures[series]}
        </pattern>
      ))}
    </defs>
  );
}

/** Every figure of the chart as a table: the days with choices, and the totals. */
function ChoiceTable({ days, label, locale }: { days: DayChoices[]; label: (day: string) => string; locale: string }) {
  const { t } = useTranslation();
  const shown = days.filter((day) => dayTotal(day) > 0);
  const totals = choiceTotals(days);
  return (
    <details className="chart-table" data-testid="choice-table">
      <summary>{t('consent.chart.showTable')}</summary>
      {shown.length === 0 ? (
        <p>{t('consent.chart.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('consent.chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.chart.day')}</th>
                {CHOICE_SERIES.map((series) => (
                  <th scope="col" key={series}>
                    {t(`consent.choices.${series}`)}
                  </th>
                ))}
                <th scope="col">{t('consent.chart.total')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((day) => (
                <tr key={day.day} data-testid="choice-row" data-day={day.day}>
                  <th scope="row">
                    <time dateTime={day.day}>{label(day.day)}</time>
                  </th>
                  {CHOICE_SERIES.map((series) => (
                    <td key={series} data-testid={`choice-cell-${series}`}>
                      {formatInteger(day[series], locale)}
                    </td>
                  ))}
                  <td data-testid="choice-cell-total">{formatInteger(dayTotal(day), locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('consent.chart.total')}</th>
                {CHOICE_SERIES.map((series) => (
                  <td key={series}>{formatInteger(totals[series], locale)}</td>
                ))}
                <td>{formatInteger(totals.all, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </details>
  );
}
