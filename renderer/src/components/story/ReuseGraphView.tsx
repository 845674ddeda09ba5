import { useTranslation } from 'react-i18next';
import { formatPercent, type Lang } from '../../../../shared/format/index';
import { layoutReuseGraph, visibleEdges } from '../../../../shared/story/graph-layout';
import type { ReuseEdge, ReuseGraph } from '../../../../shared/story/reuse-graph';
import type { StoryColumn } from '../../../../shared/story/types';

/** Longest node label drawn under a node. */
const MAX_LABEL = 18;

/** A label cut to fit under its node. */
function clip(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * Who reuses whom: the story's articles on a timeline, an arrow from each source to the article reusing it, as
 * thick as the share taken word for word; an arrow (or its line in the list below) opens the pair side by side.
 */
export function ReuseGraphView({
  graph,
  columns,
  onOpen,
}: {
  graph: ReuseGraph;
  columns: readonly StoryColumn[];
  onOpen: (edge: ReuseEdge) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const label = (col: number): string => columns[col]?.label ?? '';
  if (graph.edges.length === 0) return <p className="story-empty">{t('story.graph.none')}</p>;
  const layout = layoutReuseGraph(graph);
  const shown = visibleEdges(graph);
  const hidden = graph.edges.length - shown.length;
  const describe = (e: ReuseEdge): string =>
    t('story.graph.edge', {
      target: label(e.target),
      share: formatPercent(e.share, lang),
      source: label(e.source),
    });
  return (
    <section className="story-graph" aria-label={t('story.graph.title')}>
      <p className="muted">{t('story.graph.intro')}</p>
      <div className="story-graph-scroll">
        <svg
          className="story-graph-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={t('story.graph.label')}
        >
          <defs>
            <marker
              id="story-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="story-arrow-head" />
            </marker>
          </defs>
          {layout.edges.map((placed) => {
            const { edge } = placed;
            const open = t('story.graph.open', { source: label(edge.source), target: label(edge.target) });
            return (
              <g
                key={`${edge.source}-${edge.target}`}
                className={`story-edge${edge.primary ? ' story-edge-primary' : ''}${edge.direction === 'undetermined' ? ' story-edge-undetermined' : ''}`}
                data-source={edge.source}
                data-target={edge.target}
                onClick={() => onOpen(edge)}
              >
                <title>{`${describe(edge)} — ${open}`}</title>
                <path d={placed.d} className="story-edge-hit" />
                <path
                  d={placed.d}
                  className="story-edge-line"
                  strokeWidth={placed.strokeWidth}
                  markerEnd="url(#story-arrow)"
                />
                <text x={placed.labelX} y={placed.labelY} textAnchor="middle" className="story-edge-label">
                  {formatPercent(edge.share, lang)}
                </text>
              </g>
            );
          })}
          {layout.nodes.map((node) => (
            <g key={node.column} className="story-node">
              <title>{`${label(node.column)}${node.date ? `, ${node.date}` : ''}`}</title>
              <circle cx={node.x} cy={node.y} r={layout.radius} />
              <text x={node.x} y={node.y + 4} textAnchor="middle" className="story-node-num">
                {node.column + 1}
              </text>
              <text
                x={node.x}
                y={node.y + layout.radius + 15}
                textAnchor="middle"
                className="story-node-label"
              >
                {clip(node.label)}
              </text>
              {node.date ? (
                <text
                  x={node.x}
                  y={node.y + layout.radius + 29}
                  textAnchor="middle"
                  className="story-node-date"
                >
                  {node.date}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      </div>
      <ul className="story-edges">
        {shown.map((edge) => (
          <li key={`${edge.source}-${edge.target}`}>
            <button
              type="button"
              className="link-button"
              onClick={() => onOpen(edge)}
              title={t('story.graph.open', { source: label(edge.source), target: label(edge.target) })}
            >
              {describe(edge)}
            </button>
            <span className="muted small">
              {' — '}
              {t('story.graph.sourceKept', {
                source: label(edge.source),
                share: formatPercent(edge.sourceShare, lang),
                target: label(edge.target),
              })}
              {edge.primary ? ` · ${t('story.graph.likely')}` : ''}
              {edge.direction === 'undetermined' ? ` · ${t('story.graph.undetermined')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {hidden ? <p className="muted small">{t('story.graph.primaryOnly', { count: hidden })}</p> : null}
    </section>
  );
}
