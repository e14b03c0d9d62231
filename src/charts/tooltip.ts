/** A tooltip: an absolutely positioned div inside a chart's (position: relative) container. */
export interface Tooltip {
  /** Shows `lines` near the point (clientX, clientY) of the viewport. */
  show(lines: readonly string[], clientX: number, clientY: number): void;
  hide(): void;
}

const OFFSET = 14;

/**
 * Creates the tooltip div in `container`. Lines come from users' files, so each is set as
 * textContent (never innerHTML): a name like "<img onerror=…>" stays text.
 */
export function createTooltip(container: HTMLElement): Tooltip {
  const div = document.createElement('div');
  div.setAttribute('role', 'tooltip');
  div.dataset.tooltip = '';
  Object.assign(div.style, {
    position: 'absolute',
    left: '0px',
    top: '0px',
    display: 'none',
    pointerEvents: 'none',
    maxWidth: '320px',
    padding: '6px 8px',
    background: 'rgba(255,255,255,0.97)',
    border: '1px solid #ccc',
    borderRadius: '4px',
    boxShadow: '0 2px 6px rgba(0,0,0,0.15)',
    fontSize: '12px',
    lineHeight: '1.45',
    color: '#222',
    zIndex: '10',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  });
  container.append(div);
  return {
    show(lines, clientX, clientY) {
      div.replaceChildren(
        ...lines.map((text, i) => {
          const line = document.createElement('div');
          line.textContent = text;
          if (i === 0) line.style.fontWeight = '600';
          return line;
        }),
      );
      div.style.display = 'block';
      const box = container.getBoundingClientRect();
      let x = clientX - box.left + OFFSET;
      let y = clientY - box.top + OFFSET;
      // Keep it inside the container: flip to the other side of the pointer near an edge.
      if (x + div.offsetWidth > box.width) x = Math.max(0, x - div.offsetWidth - 2 * OFFSET);
      if (y + div.offsetHeight > box.height) y = Math.max(0, y - div.offsetHeight - 2 * OFFSET);
      div.style.left = `${x}px`;
      div.style.top = `${y}px`;
    },
    hide() {
      div.style.display = 'none';
    },
  };
}
