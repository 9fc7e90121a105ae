import { dimensionIds, type PromptAnalysis } from '@/lib/coaching/analyzer';
import { t, type MessageKey } from '@/lib/i18n';

function dimensionLabel(id: string): string {
  return t(`dimension_${id}` as MessageKey);
}

function scoreBand(score: number): 'low' | 'mid' | 'high' {
  return score < 40 ? 'low' : score < 70 ? 'mid' : 'high';
}

/** The live score of the prompt being written, its dimensions with reasons, and next steps. */
export function LiveScore({ analysis }: { analysis: PromptAnalysis | undefined }) {
  return (
    <section aria-labelledby="score-heading" className="live-score">
      <h2 id="score-heading">{t('scoreHeading')}</h2>
      {analysis ? <ScoreDetails analysis={analysis} /> : <p className="muted">{t('scoreEmpty')}</p>}
    </section>
  );
}

function ScoreDetails({ analysis }: { analysis: PromptAnalysis }) {
  const band = scoreBand(analysis.score);

  return (
    <>
      <p className={`score score-${band}`} aria-live="polite">
        <strong data-testid="prompt-score" data-score={analysis.score}>
          {analysis.score}
        </strong>
        <span className="muted"> / 100</span>
      </p>
      {analysis.suggestions.length > 0 && (
        <>
          <h3>{t('suggestionsHeading')}</h3>
          <ul className="suggestions">
            {analysis.suggestions.map((suggestion) => (
              <li
                key={suggestion.dimension}
                data-testid="suggestion"
                data-dimension={suggestion.dimension}
              >
                {suggestion.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="dimensions">
        <summary>{t('dimensionsHeading')}</summary>
        <ul>
          {dimensionIds.map((id) => (
            <li key={id} data-testid="dimension" data-dimension={id}>
              <meter min={0} max={1} value={analysis.dimensions[id].value} aria-hidden="true" />
              <strong>{dimensionLabel(id)}</strong>: {analysis.dimensions[id].reason}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
