/** `setIcon` without SVGs: a `span.stand-in-icon[data-icon=<id>]` stands for the icon. */
import { requireDom } from './not-implemented';

export function setIcon(parent: HTMLElement, iconId: string): void {
  requireDom('setIcon');
  for (const old of Array.from(parent.querySelectorAll(':scope > .stand-in-icon'))) old.remove();
  const icon = parent.createSpan({ cls: 'stand-in-icon', attr: { 'data-icon': iconId } });
  parent.insertBefore(icon, parent.firstChild);
}

export function getIcon(iconId: string): SVGSVGElement | null {
  const svg = requireDom('getIcon').createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('data-icon', iconId);
  return svg;
}

export function addIcon(_iconId: string, _svgContent: string): void {
  // Icons are not rendered.
}
