/**
 * Readable networks (issue 23, part 6): in a real Chromium at 1400×900, the labels of
 * Landsdeel Noord's network and of a depth-2 neighbourhood are measured as Cytoscape.js
 * draws them (each label's bounding box, without its node) and must overlap in fewer than
 * 5% of the label pairs. The figures are printed; screenshots go to tests/.artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { openExplorerSession, type ExplorerSession } from '../support/explorer-session.ts';
import { postGraphQL } from '../support/test-api.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const MAX_OVERLAPPING_SHARE = 0.05;

interface LabelOverlap {
  readonly labels: number;
  readonly pairs: number;
  readonly overlapping: number;
  /** Labels that overlap at least one other label. */
  readonly covered: number;
  /** The canvas's zoom: a label's font is drawn at 11 px times this. */
  readonly zoom: number;
}

/** Measured in the page: every drawn node's label box, and the pairs of them that intersect. */
function labelOverlap(page: Page): Promise<LabelOverlap> {
  return page.evaluate(() => {
    interface Box {
      x1: number;
      x2: number;
      y1: number;
      y2: number;
      w: number;
    }
    const hook = (
      globalThis as unknown as {
        techniekpactExplorer?: {
          view?: {
            graph?: {
              cy: {
                nodes(): {
                  filter(
                    f: (node: {
                      visible(): boolean;
                      data(key: string): unknown;
                      boundingBox(options: object): Box;
                    }) => boolean,
                  ): {
                    map<T>(f: (node: { boundingBox(options: object): Box }) => T): T[];
                    length: number;
                  };
                  length: number;
                };
              };
            };
          };
        };
      }
    ).techniekpactExplorer;
    const cy = hook!.view!.graph!.cy;
    const drawn = cy.nodes().filter((node) => node.visible() && String(node.data('label')) !== '');
    const boxes = drawn.map((node) =>
      node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
    );
    let overlapping = 0;
    const covered = new Set<number>();
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
          overlapping += 1;
          covered.add(i).add(j);
        }
      }
    return {
      labels: boxes.length,
      pairs: (boxes.length * (boxes.length - 1)) / 2,
      overlapping,
      covered: covered.size,
      zoom: (cy as unknown as { zoom(): number }).zoom(),
    };
  });
}

describe('network layouts keep labels apart', () => {
  let session: ExplorerSession;
  let app: RunningApp;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openExplorerSession({ width: 1400, height: 900 });
    ({ app, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const drawnNodes = () =>
    page.evaluate(
      () =>
        (
          globalThis as unknown as {
            techniekpactExplorer?: { view?: { graph?: { counts(): { nodes: number } } } };
          }
        ).techniekpactExplorer?.view?.graph?.counts().nodes,
    );

  async function measure(name: string, route: string, expectedNodes: number): Promise<void> {
    await page.goto(`${app.url}/#${route}`);
    await expect.poll(drawnNodes, { timeout: 30_000 }).toBe(expectedNodes);
    const overlap = await labelOverlap(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `layout-${name}.png`) });
    const share = overlap.overlapping / overlap.pairs;
    console.log(
      `${name}: ${overlap.labels} labels, ${overlap.overlapping} of ${overlap.pairs} label pairs overlap (${(share * 100).toFixed(2)}%); ${overlap.covered} labels touch another; labels drawn at ${(11 * overlap.zoom).toFixed(1)} px`,
    );
    expect(overlap.labels).toBe(expectedNodes);
    expect(share).toBeLessThan(MAX_OVERLAPPING_SHARE);
  }

  it("Landsdeel Noord's network", async () => {
    const api = await postGraphQL(app, '{ regionNetwork(id: "region-noord") { nodes { id } } }');
    const nodes = api.data!.regionNetwork.nodes.length as number;
    expect(nodes).toBeGreaterThan(30);
    await measure('region-noord', '/region/region-noord', nodes);
  });

  it("Platform Bèta Techniek's neighbourhood at depth 2", async () => {
    const api = await postGraphQL(
      app,
      '{ neighbourhood(id: "org-pbt", depth: 2, limit: 200) { nodes { id } } }',
    );
    const nodes = api.data!.neighbourhood.nodes.length as number;
    expect(nodes).toBeGreaterThan(30);
    await measure('neighbourhood-pbt-2', '/explore/org-pbt?depth=2', nodes);
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
