// Runs in the browser page of render-summary.ts, after mermaid.min.js: draws every chart placeholder of each
// theme section with Mermaid, as GitHub draws a ```mermaid block, and reports what it drew.
/* global mermaid */
window.drawCharts = async (sources) => {
  const charts = [];
  for (const section of document.querySelectorAll('section[data-theme]')) {
    const theme = section.dataset.theme;
    mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict' });
    for (const holder of section.querySelectorAll('[data-chart]')) {
      const source = sources[Number(holder.dataset.chart)];
      const chart = { theme, source, svg: false, errorElements: 0, background: '', xTicks: [], plots: [] };
      try {
        await mermaid.parse(source);
        const { svg } = await mermaid.render(`chart-${theme}-${holder.dataset.chart}`, source);
        holder.innerHTML = svg;
      } catch (error) {
        chart.error = String(error?.message ?? error).split('\n')[0];
        holder.textContent = `Mermaid error: ${chart.error}`;
      }
      const drawn = holder.querySelector('svg');
      if (drawn) {
        chart.svg = true;
        chart.errorElements = drawn.querySelectorAll('.error-icon, .error-text').length;
        const background = drawn.querySelector('rect.background');
        chart.background = background ? getComputedStyle(background).fill : '';
        for (const label of drawn.querySelectorAll('g.bottom-axis g.label text')) {
          const x = /translate\(\s*([-\d.e]+)/.exec(label.getAttribute('transform') ?? '')?.[1];
          chart.xTicks.push({ text: label.textContent, x: Number(x) });
        }
        for (const group of drawn.querySelectorAll('g.plot > g')) {
          const kind = /\b(line|bar)-plot-/.exec(group.getAttribute('class') ?? '')?.[1];
          if (kind === 'line') {
            const path = group.querySelector('path');
            chart.plots.push({
              kind,
              colour: path ? getComputedStyle(path).stroke : '',
              d: path?.getAttribute('d') ?? '',
            });
          } else if (kind === 'bar') {
            const rects = [...group.querySelectorAll('rect')];
            chart.plots.push({
              kind,
              colour: rects[0] ? getComputedStyle(rects[0]).fill : '',
              points: rects.map((rect) => [
                Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
                Number(rect.getAttribute('y')),
              ]),
            });
          }
        }
      }
      charts.push(chart);
    }
  }
  return charts;
};

// Every link of each theme section, with the colour of each element holding some of its text and the
// background behind that element, as the page shows them.
window.readLinks = () => {
  const links = [];
  for (const section of document.querySelectorAll('section[data-theme]')) {
    for (const link of section.querySelectorAll('a')) {
      const holders = [link, ...link.querySelectorAll('*')].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()),
      );
      links.push({
        theme: section.dataset.theme,
        href: link.getAttribute('href') ?? '',
        text: link.textContent.trim(),
        texts: holders.map((element) => ({
          colour: getComputedStyle(element).color,
          background: backgroundOf(element),
        })),
      });
    }
  }
  return links;
};

function backgroundOf(element) {
  for (let at = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return 'rgb(255, 255, 255)';
}
