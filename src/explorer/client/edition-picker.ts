/**
 * The edition picker of the explore view: the graph as the editions up to one state it
 * (`neighbourhood(asOf:)` with the edition's date), or all of it. The editions are the
 * sources of a report series, by date; the choice lives in the hash (`?asOf=2014-05`), so a
 * view of the graph in 2014 is a link like any other.
 */
import type {
  ExplorerEditionsQuery,
  ExplorerEditionsQueryVariables,
} from '../../generated/explorer-operations.ts';
import { h } from './dom.ts';
import { graphqlRequest } from './graphql-client.ts';
import { EXPLORER_EDITIONS } from './operations.ts';

export interface EditionPicker {
  readonly element: HTMLSelectElement;
}

/** A select of "All editions" and each edition; `onChoose` gets its date, or undefined. */
export function editionPicker(
  asOf: string | undefined,
  onChoose: (asOf: string | undefined) => void,
): EditionPicker {
  const element = h(
    'select',
    {
      id: 'edition',
      onchange: () => onChoose(element.value || undefined),
    },
    h('option', { value: '' }, 'All editions'),
  );
  // A date from a link that no edition has is still offered, so the select tells the truth.
  if (asOf) element.append(h('option', { value: asOf, selected: true }, `Up to ${asOf}`));
  void graphqlRequest<ExplorerEditionsQuery, ExplorerEditionsQueryVariables>(
    EXPLORER_EDITIONS,
    {},
  ).then(
    ({ sources }) => {
      const editions = sources
        .filter((source) => source.series)
        .sort((a, b) => a.date.localeCompare(b.date) || (a.edition ?? 0) - (b.edition ?? 0));
      const dates = new Set(editions.map((edition) => edition.date));
      if (asOf && dates.has(asOf))
        element.querySelector(`option[value="${CSS.escape(asOf)}"]`)?.remove();
      for (const edition of editions)
        element.append(
          h(
            'option',
            { value: edition.date, selected: edition.date === asOf, 'data-source': edition.id },
            `Up to ${edition.edition ? `edition ${edition.edition}` : edition.title} (${edition.date})`,
          ),
        );
    },
    () => undefined, // the picker stays at "All editions" (and a linked date)
  );
  return { element };
}
