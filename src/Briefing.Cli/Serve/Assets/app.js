'use strict';
// The preview page: follows one preview's change events, shows its pages, problems, Markdown and sources.
(() => {
  const $ = (id) => document.getElementById(id);
  const ZOOMS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
  const CSS_PX_PER_PT = 96 / 72;
  const THUMB_WIDTH = 110;

  const view = {
    workspace: null,
    sheet: null,
    template: null,
    zoom: 1,
    fit: true,
    state: null,
    events: null,
    picked: null, // region id
    pickedPlace: null, // index into state.places
  };

  function element(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) {
      if (child != null) node.append(child);
    }
    return node;
  }

  function query(extra) {
    const params = new URLSearchParams({ sheet: view.sheet || '', template: view.template || '' });
    for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
    return params.toString();
  }

  // Editor links: the server's pattern with {path}, {line} and {column} filled in.
  function editorLink(path, line, column) {
    let normal = path.replace(/\\/g, '/');
    if (!normal.startsWith('/')) normal = '/' + normal;
    return view.workspace.editorLink
      .replace('{path}', encodeURI(normal))
      .replace('{line}', String(line || 1))
      .replace('{column}', String(column || 1));
  }

  function setStatus(text, bad) {
    $('status').textContent = text;
    $('status').classList.toggle('bad', !!bad);
  }

  async function start() {
    const response = await fetch('/api/workspace');
    view.workspace = await response.json();
    const params = new URLSearchParams(location.search);
    view.sheet = params.get('sheet') || view.workspace.factSheet;
    view.template = params.get('template') || view.workspace.template;
    fillPickers();
    bindControls();
    connect();
  }

  function fillPickers() {
    const sheets = $('sheet');
    sheets.replaceChildren(...view.workspace.factSheets.map((s) => element('option', { value: s, textContent: s, selected: s === view.sheet })));
    const templates = $('template');
    templates.replaceChildren(...view.workspace.templates.map((t) =>
      element('option', { value: t.name, textContent: t.name, title: t.description, selected: t.name === view.template })));
    const downloads = $('downloads');
    downloads.replaceChildren(...view.workspace.formats.map((f) =>
      element('a', { className: 'button off', id: 'download-' + f, textContent: f.toUpperCase(), title: 'Download ' + f.toUpperCase() })));
  }

  function bindControls() {
    $('sheet').addEventListener('change', (e) => { view.sheet = e.target.value; switchPreview(); });
    $('template').addEventListener('change', (e) => { view.template = e.target.value; switchPreview(); });
    $('zoom-in').addEventListener('click', () => zoomBy(1));
    $('zoom-out').addEventListener('click', () => zoomBy(-1));
    $('zoom-fit').addEventListener('click', () => { view.fit = true; layoutPages(); });
    window.addEventListener('resize', () => { if (view.fit) layoutPages(); });
    document.addEventListener('keydown', (e) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (e.key === '+' || e.key === '=') zoomBy(1);
      else if (e.key === '-') zoomBy(-1);
      else if (e.key === '0') { view.fit = true; layoutPages(); }
      else if (e.key === 'Escape') pick(null);
    });
    for (const tab of document.querySelectorAll('.tabs button')) {
      tab.addEventListener('click', () => showTab(tab.dataset.tab));
    }
    $('facts-filter').addEventListener('input', renderFacts);
    // Device pixel ratio changes when the window moves to another screen or the browser zooms.
    const watchDensity = () => matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener('change', () => { layoutPages(); watchDensity(); }, { once: true });
    watchDensity();
  }

  function showTab(name) {
    for (const tab of document.querySelectorAll('.tabs button')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
    for (const panel of document.querySelectorAll('.tab')) panel.hidden = panel.id !== 'tab-' + name;
  }

  function switchPreview() {
    history.replaceState(null, '', '?' + query());
    view.state = null;
    view.picked = null;
    view.pickedPlace = null;
    $('pages').replaceChildren();
    $('thumbs').replaceChildren();
    connect();
  }

  function connect() {
    if (view.events) view.events.close();
    if (!view.sheet) {
      $('empty').hidden = false;
      $('empty').textContent = 'No fact sheet in this folder: a fact sheet is a .yaml file that starts with `schema: briefing/v1`.';
      return;
    }
    setStatus('connecting…');
    const events = new EventSource('/api/events?' + query());
    view.events = events;
    events.addEventListener('version', (e) => load(Number(e.data)));
    events.onerror = () => { if (view.events === events) setStatus('server not reachable; retrying…', true); };
  }

  async function load(version) {
    if (view.state && view.state.version >= version) return;
    const response = await fetch('/api/state?' + query());
    if (!response.ok) {
      setStatus(await response.text(), true);
      return;
    }
    const state = await response.json();
    if (view.state && view.state.version >= state.version) return;
    view.state = state;
    render();
  }

  function render() {
    const state = view.state;
    document.body.dataset.version = String(state.version);
    renderProblems(state);
    $('notice').hidden = !state.stale;
    $('empty').hidden = state.pages.length > 0 || state.problems.length > 0;
    $('empty').textContent = 'Nothing to show yet.';
    layoutPages();
    renderThumbs();
    renderMarkdown(state.markdown || '');
    for (const f of view.workspace.formats) {
      const link = $('download-' + f);
      link.href = '/api/download?' + query({ format: f });
      link.classList.toggle('off', state.pages.length === 0);
    }
    if (view.picked && !findRegion(view.picked)) view.picked = null;
    renderSource();
    renderFacts();
    markShown();
    const errors = state.problems.filter((p) => p.severity === 'error').length;
    const pages = `${state.pages.length} page${state.pages.length === 1 ? '' : 's'}`;
    setStatus(errors > 0
      ? `${errors} error${errors === 1 ? '' : 's'} · showing the last good ${pages}`
      : `${pages} · rendered in ${state.renderMilliseconds} ms`, errors > 0);
  }

  function renderProblems(state) {
    const box = $('problems');
    box.hidden = state.problems.length === 0;
    box.replaceChildren(...state.problems.map((p) => {
      const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
      const head = element('div', {},
        element('a', { className: 'where', href: editorLink(p.fullPath, p.line, p.column), textContent: where, title: 'Open in the editor' }),
        ' ',
        element('span', { className: 'severity', textContent: p.severity + ':' }),
        ' ' + p.message);
      const hint = p.hint ? element('div', { className: 'hint', textContent: p.hint }) : null;
      const excerpt = p.excerpt.length === 0 ? null : element('div', { className: 'excerpt' }, ...p.excerpt.flatMap((l) => {
        const line = element('div', { className: l.number === p.line ? 'bad' : '' },
          element('span', { className: 'no', textContent: String(l.number) }), l.text);
        if (l.number !== p.line || p.column <= 0) return [line];
        const caret = element('div', {}, element('span', { className: 'no' }),
          element('span', { className: 'caret', textContent: ' '.repeat(p.column - 1) + '^' }));
        return [line, caret];
      }));
      return element('div', { className: 'problem ' + p.severity }, head, hint, excerpt);
    }));
  }

  function availableWidth() {
    return Math.max(200, $('view').clientWidth - 40);
  }

  function zoomBy(step) {
    const current = view.fit ? fitZoom() : view.zoom;
    let index = ZOOMS.findIndex((z) => z >= current - 0.001);
    if (index < 0) index = ZOOMS.length - 1;
    if (step > 0 && ZOOMS[index] <= current + 0.001) index++;
    if (step < 0) index--;
    view.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, index))];
    view.fit = false;
    layoutPages();
  }

  function fitZoom() {
    const state = view.state;
    if (!state || state.pages.length === 0) return 1;
    const widest = Math.max(...state.pages.map((p) => p.width));
    return Math.min(2, availableWidth() / (widest * CSS_PX_PER_PT));
  }

  // Images are asked for at the density the screen needs, in steps, so a few sizes serve every zoom.
  function dpiFor(cssPixelsPerPoint) {
    const dpi = cssPixelsPerPoint * 72 * (window.devicePixelRatio || 1);
    return Math.max(12, Math.min(1200, Math.ceil(dpi / 12) * 12));
  }

  function pageUrl(page, dpi) {
    return '/api/page?' + query({ key: page.key, dpi: String(dpi) });
  }

  // Swaps an image only once the new one has arrived, so the old page stays visible meanwhile.
  function showImage(img, page, dpi) {
    const url = pageUrl(page, dpi);
    if (img.dataset.wanted === url) return;
    img.dataset.wanted = url;
    const next = new Image();
    next.onload = () => {
      if (img.dataset.wanted !== url) return;
      img.src = url;
      img.dataset.key = page.key;
      img.dataset.loadedAt = String(performance.now());
    };
    next.src = url;
  }

  function layoutPages() {
    const state = view.state;
    if (!state) return;
    const zoom = view.fit ? fitZoom() : view.zoom;
    $('zoom-level').textContent = Math.round(zoom * 100) + '%';
    const box = $('pages');
    while (box.children.length > state.pages.length) box.lastChild.remove();
    state.pages.forEach((page, i) => {
      let holder = box.children[i];
      if (!holder) {
        holder = element('div', { className: 'page', id: 'page-' + i }, element('img', { alt: 'Page ' + (i + 1), draggable: false }), element('div', { className: 'regions' }));
        box.append(holder);
      }
      const cssPerPoint = CSS_PX_PER_PT * zoom;
      holder.style.width = page.width * cssPerPoint + 'px';
      holder.style.height = page.height * cssPerPoint + 'px';
      holder.dataset.key = page.key;
      showImage(holder.querySelector('img'), page, dpiFor(cssPerPoint));
      const regions = holder.querySelector('.regions');
      if (regions.dataset.key !== page.key || regions.dataset.version !== String(state.version)) {
        regions.dataset.key = page.key;
        regions.dataset.version = String(state.version);
        regions.replaceChildren(...page.regions.map((r) => {
          const area = element('div', { className: 'region', title: r.role });
          area.dataset.id = r.id;
          area.dataset.role = r.role;
          const pad = 1.5;
          area.style.left = ((r.x - pad) / page.width * 100) + '%';
          area.style.top = ((r.y - pad) / page.height * 100) + '%';
          area.style.width = ((r.width + 2 * pad) / page.width * 100) + '%';
          area.style.height = ((r.height + 2 * pad) / page.height * 100) + '%';
          area.addEventListener('click', (e) => { e.stopPropagation(); pick(r.id); });
          return area;
        }));
      }
    });
    markShown();
  }

  function renderThumbs() {
    const state = view.state;
    const box = $('thumbs');
    while (box.children.length > state.pages.length) box.lastChild.remove();
    state.pages.forEach((page, i) => {
      let thumb = box.children[i];
      if (!thumb) {
        thumb = element('button', { type: 'button', className: 'thumb', title: 'Page ' + (i + 1) },
          element('img', { alt: '' }), element('span', { textContent: String(i + 1) }));
        thumb.addEventListener('click', () => $('page-' + i)?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
        box.append(thumb);
      }
      const img = thumb.querySelector('img');
      img.style.aspectRatio = `${page.width} / ${page.height}`;
      showImage(img, page, dpiFor(THUMB_WIDTH / page.width));
    });
  }

  function findRegion(id) {
    for (const page of view.state.pages) {
      const region = page.regions.find((r) => r.id === id);
      if (region) return region;
    }
    return null;
  }

  function pick(id) {
    view.picked = id;
    view.pickedPlace = null;
    if (id) showTab('source');
    renderSource();
    markShown();
    renderFacts();
  }

  function pickPlace(index) {
    view.pickedPlace = view.pickedPlace === index ? null : index;
    view.picked = null;
    renderSource();
    markShown();
    renderFacts();
    const first = document.querySelector('.region.shows');
    if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  function markShown() {
    for (const area of document.querySelectorAll('.region')) {
      const region = view.state ? findRegion(area.dataset.id) : null;
      area.classList.toggle('picked', area.dataset.id === view.picked);
      area.classList.toggle('shows', view.pickedPlace != null && !!region && region.places.includes(view.pickedPlace));
    }
  }

  function renderMarkdown(text) {
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    $('markdown').replaceChildren(...lines.map((line, i) => {
      const row = element('div', { id: 'md-' + (i + 1) }, element('span', { className: 'no', textContent: String(i + 1) }), line);
      return row;
    }));
  }

  function showMarkdownLine(line) {
    showTab('markdown');
    for (const old of document.querySelectorAll('#markdown .on')) old.classList.remove('on');
    const row = $('md-' + line);
    if (row) {
      row.classList.add('on');
      row.scrollIntoView({ block: 'center' });
    }
  }

  // "TableHeaderCell" -> "Table header cell"
  function roleName(role) {
    const words = role.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function renderSource() {
    const panel = $('tab-source');
    const state = view.state;
    const region = view.picked && state ? findRegion(view.picked) : null;
    if (!region) {
      panel.replaceChildren(element('p', { className: 'hint', textContent: 'Click text on a page to see where it comes from; pick a key under “Fact sheet” to see where it is shown.' }));
      return;
    }
    const text = region.text.length > 400 ? region.text.slice(0, 400) + '…' : region.text;
    const parts = [
      element('h3', { textContent: roleName(region.role) + (region.level ? ' ' + region.level : '') }),
      element('blockquote', { textContent: text }),
      element('h3', { textContent: 'Template' }),
      region.templatePath
        ? element('p', {}, element('a', { className: 'template-line', href: editorLink(region.templatePath, region.templateLine, 1),
          textContent: `${region.templateFile}:${region.templateLine}`, title: 'Open in the editor' }))
        : element('p', {}, element('a', { href: editorLink(state.templatePath, 1, 1), textContent: state.templatePath, title: 'Open in the editor' })),
      region.markdownLine > 0
        ? element('p', {}, element('button', { type: 'button', className: 'markdown-line', textContent: `Markdown line ${region.markdownLine}`,
          onclick: () => showMarkdownLine(region.markdownLine) }))
        : null,
      element('h3', { textContent: 'Fact sheet' }),
    ];
    if (region.places.length === 0) {
      parts.push(element('p', { className: 'hint', textContent: 'No fact-sheet value stands in this text: it is written by the template.' }));
    }
    for (const index of region.places) {
      const place = state.places[index];
      parts.push(element('div', { className: 'place' },
        element('a', { className: 'fact-line', href: editorLink(state.factSheetPath, place.line, place.column), title: 'Open in the editor',
          textContent: `${state.factSheet}:${place.line}:${place.column}` }),
        ' ',
        element('code', { textContent: place.key }),
        element('span', { className: 'value', textContent: place.value })));
    }
    panel.replaceChildren(element('div', { className: 'source' }, ...parts));
  }

  function renderFacts() {
    const state = view.state;
    const list = $('facts');
    if (!state) { list.replaceChildren(); return; }
    const filter = $('facts-filter').value.trim().toLowerCase();
    const shown = new Map();
    for (const page of state.pages) for (const r of page.regions) for (const p of r.places) shown.set(p, (shown.get(p) || 0) + 1);
    list.replaceChildren(...state.places.map((place, index) => ({ place, index }))
      .filter(({ place }) => !filter || place.key.toLowerCase().includes(filter) || place.value.toLowerCase().includes(filter))
      .map(({ place, index }) => {
        const count = shown.get(index) || 0;
        const item = element('li', { className: index === view.pickedPlace ? 'picked' : '', title: `line ${place.line}` },
          element('span', { className: 'count', textContent: count === 0 ? 'not shown' : `${count}×` }),
          element('code', { textContent: place.key }),
          element('span', { className: 'value', textContent: place.value }));
        item.dataset.index = String(index);
        item.addEventListener('click', () => pickPlace(index));
        return item;
      }));
  }

  start().catch((e) => setStatus('could not start: ' + e.message, true));
})();
