/**
 * The article's key facts: names with their mention counts, figures with their sentences. A click on a name
 * follows it in the page (every mention marked, the other marks dimmed); on a figure, shows where it stands.
 */
import { FACT_SECTIONS } from '../../shared/groups.ts';
import type { KeyFact } from '../../shared/types.ts';

export function KeyFacts({ facts, onShow }: { facts: KeyFact[]; onShow: (index: number) => void }) {
  if (facts.length === 0) return <p class="muted">Clean the page to see who and what it is about.</p>;
  return (
    <div class="facts">
      {FACT_SECTIONS.map(({ title, types }) => {
        const items = facts.map((fact, index) => ({ fact, index })).filter(({ fact }) => types.includes(fact.type));
        if (items.length === 0) return null;
        return (
          <section key={title} data-section={title}>
            <h3>{title}</h3>
            <ul>
              {items.map(({ fact, index }) => (
                <li key={index}>
                  <button
                    type="button"
                    class="fact"
                    data-fact={index}
                    title={fact.sentence ? 'Show it in the page' : `Mark every mention of ${fact.text} in the page`}
                    onClick={() => onShow(index)}
                  >
                    <strong>{fact.text}</strong>
                    {fact.sentence ? <span class="muted"> — {fact.sentence}</span> : <span class="count"> ×{fact.count}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
