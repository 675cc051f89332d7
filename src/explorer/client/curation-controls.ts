/**
 * What the details panel adds for curation: for everyone, a fact's History; for a
 * signed-in curator, "Add relationship" (a node) and "Retract" (a node or a stored
 * relationship). Read-only visitors see no edit control. The controls follow the session:
 * signing in or out in the top bar shows or hides them without reopening the panel.
 */
import { currentCurator, onSessionChange } from './curator-session.ts';
import { h, replaceChildren } from './dom.ts';
import { historySection } from './fact-history.ts';
import type { GraphEdge, GraphNode } from './graph-types.ts';
import { openRelationshipEditor, type AddedRelationship } from './relationship-editor.ts';
import { retractForm } from './retract-form.ts';

export interface CurationHooks {
  readonly onAdded: (added: AddedRelationship, from: GraphNode) => void;
  readonly onRetracted: (id: string, reason: string) => void;
}

function editControls(
  id: string,
  what: 'node' | 'relationship',
  hooks: CurationHooks,
  node?: GraphNode,
): HTMLElement {
  const area = h('div', { className: 'edit-controls', 'aria-label': 'Edit' });
  function idle(): void {
    if (!currentCurator()) {
      replaceChildren(area);
      return;
    }
    replaceChildren(
      area,
      h(
        'div',
        { className: 'button-row' },
        node
          ? h(
              'button',
              {
                type: 'button',
                className: 'add-relationship',
                onclick: () => openRelationshipEditor(node, (added) => hooks.onAdded(added, node)),
              },
              'Add relationship…',
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            className: 'secondary retract',
            onclick: () =>
              replaceChildren(
                area,
                retractForm(id, what, (reason) => hooks.onRetracted(id, reason), idle),
              ),
          },
          'Retract…',
        ),
      ),
    );
  }
  onSessionChange(area, idle);
  idle();
  return area;
}

export function nodeCuration(node: GraphNode, hooks: CurationHooks): HTMLElement[] {
  return [editControls(node.id, 'node', hooks, node), historySection(node.id)];
}

/** A stored relationship's controls; none for a derived edge (co-involvement). */
export function edgeCuration(edge: GraphEdge, hooks: CurationHooks): HTMLElement[] {
  if (!edge.directed) return [];
  return [editControls(edge.id, 'relationship', hooks), historySection(edge.id)];
}
