// The GraphQL explorer of the ValueFlows server: a query editor that POSTs to this page's own URL, and schema docs
// read through introspection. No dependencies, nothing loaded from elsewhere (the page's CSP forbids it).
'use strict';

(function () {
  const endpoint = window.location.pathname;
  const $ = (id) => document.getElementById(id);
  const queryBox = $('query');
  const variablesBox = $('variables');
  const operationBox = $('operation');
  const resultBox = $('result');
  const statusBox = $('status');
  const docBody = $('doc-body');
  const searchBox = $('search');
  const backButton = $('back');
  const storageKey = 'vf-explorer:' + endpoint;

  const example = [
    '# Write a GraphQL query, then Run (Ctrl+Enter). The schema is browsable on the right.',
    'query Agents {',
    '  agents(first: 10) {',
    '    edges {',
    '      node { id name __typename }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }';
  const introspection = `query ExplorerIntrospection {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types {
      kind name description
      fields(includeDeprecated: true) {
        name description isDeprecated deprecationReason
        args { name description defaultValue type { ${typeRef} } }
        type { ${typeRef} }
      }
      inputFields { name description defaultValue type { ${typeRef} } }
      interfaces { name }
      possibleTypes { name }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
    }
  }
}`;

  let schema = null;
  let types = new Map();
  const history = [];

  function restore() {
    let saved = null;
    try { saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null'); } catch (e) { saved = null; }
    queryBox.value = saved && typeof saved.query === 'string' ? saved.query : example;
    variablesBox.value = saved && typeof saved.variables === 'string' ? saved.variables : '';
    operationBox.value = saved && typeof saved.operationName === 'string' ? saved.operationName : '';
  }

  function save() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify({
        query: queryBox.value, variables: variablesBox.value, operationName: operationBox.value,
      }));
    } catch (e) { /* storage may be off; the editor still works */ }
  }

  async function post(body) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json;q=0.9' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch (e) { json = null; }
    return { status: response.status, text, json };
  }

  async function run() {
    save();
    let variables = null;
    if (variablesBox.value.trim() !== '') {
      try {
        variables = JSON.parse(variablesBox.value);
      } catch (e) {
        show('Variables are not valid JSON: ' + e.message, 'bad', '');
        return;
      }
    }

    const body = { query: queryBox.value };
    if (operationBox.value.trim() !== '') body.operationName = operationBox.value.trim();
    if (variables !== null) body.variables = variables;
    statusBox.textContent = 'running\u2026';
    statusBox.className = '';
    const started = performance.now();
    try {
      const answer = await post(body);
      const elapsed = Math.round(performance.now() - started);
      const ok = answer.status === 200 && answer.json && !answer.json.errors;
      show(answer.json ? JSON.stringify(answer.json, null, 2) : answer.text, ok ? 'ok' : 'bad', `${answer.status} \u00b7 ${elapsed} ms`);
    } catch (e) {
      show('The request failed: ' + e.message, 'bad', '');
    }
  }

  function show(text, cls, status) {
    resultBox.textContent = text;
    statusBox.textContent = status;
    statusBox.className = cls;
  }

  // ---- schema docs ----

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function namedType(ref) {
    while (ref && ref.ofType) ref = ref.ofType;
    return ref ? ref.name : null;
  }

  function typeNode(ref) {
    const span = el('span');
    if (!ref) return span;
    if (ref.kind === 'NON_NULL') { span.append(typeNode(ref.ofType), '!'); return span; }
    if (ref.kind === 'LIST') { span.append('[', typeNode(ref.ofType), ']'); return span; }
    span.append(typeLink(ref.name));
    return span;
  }

  function typeLink(name) {
    const link = el('a', 'type', name);
    link.href = '#' + encodeURIComponent(name);
    link.addEventListener('click', (event) => { event.preventDefault(); open(name, true); });
    return link;
  }

  function description(text) {
    return text ? el('div', 'desc', text) : document.createTextNode('');
  }

  function fieldItem(field) {
    const item = el('li');
    const name = el('a', 'field' + (field.isDeprecated ? ' deprecated' : ''), field.name);
    name.href = '#';
    name.title = 'Open the result type';
    name.addEventListener('click', (event) => { event.preventDefault(); open(namedType(field.type), true); });
    item.append(name);
    if (field.args && field.args.length > 0) {
      item.append('(');
      field.args.forEach((arg, i) => {
        if (i > 0) item.append(', ');
        item.append(el('span', 'arg', arg.name), ': ', typeNode(arg.type));
        if (arg.defaultValue !== null && arg.defaultValue !== undefined) item.append(' = ' + arg.defaultValue);
      });
      item.append(')');
    }

    item.append(': ', typeNode(field.type));
    item.append(description(field.description));
    if (field.isDeprecated) item.append(el('div', 'desc', 'Deprecated' + (field.deprecationReason ? ': ' + field.deprecationReason : '')));
    if (field.args) {
      for (const arg of field.args) {
        if (arg.description) item.append(el('div', 'desc', arg.name + ': ' + arg.description));
      }
    }

    return item;
  }

  function section(title, items) {
    const wrap = el('div');
    wrap.append(el('h3', null, title));
    const list = el('ul');
    items.forEach((i) => list.append(i));
    wrap.append(list);
    return wrap;
  }

  function open(name, remember) {
    const type = types.get(name);
    if (!type) return;
    if (remember) history.push(name);
    backButton.disabled = history.length < 2;
    searchBox.value = '';
    docBody.replaceChildren();
    docBody.append(el('h2', null, type.name), el('span', 'kind', type.kind.toLowerCase().replace('_', ' ')), description(type.description));
    if (type.interfaces && type.interfaces.length > 0) {
      docBody.append(section('Implements', type.interfaces.map((i) => { const li = el('li'); li.append(typeLink(i.name)); return li; })));
    }

    if (type.fields && type.fields.length > 0) docBody.append(section('Fields', type.fields.map(fieldItem)));
    if (type.inputFields && type.inputFields.length > 0) docBody.append(section('Input fields', type.inputFields.map(fieldItem)));
    if (type.possibleTypes && type.possibleTypes.length > 0) {
      docBody.append(section('Possible types', type.possibleTypes.map((p) => { const li = el('li'); li.append(typeLink(p.name)); return li; })));
    }

    if (type.enumValues && type.enumValues.length > 0) {
      docBody.append(section('Values', type.enumValues.map((v) => {
        const li = el('li', v.isDeprecated ? 'deprecated' : null, v.name);
        li.append(description(v.description));
        return li;
      })));
    }
  }

  function home() {
    history.length = 0;
    backButton.disabled = true;
    docBody.replaceChildren();
    const roots = [schema.queryType, schema.mutationType, schema.subscriptionType].filter((t) => t).map((t) => t.name);
    docBody.append(section('Roots', roots.map((r) => { const li = el('li'); li.append(typeLink(r)); return li; })));
    const rest = [...types.values()].filter((t) => !t.name.startsWith('__') && !roots.includes(t.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    docBody.append(section('All types', rest.map((t) => {
      const li = el('li');
      li.append(typeLink(t.name), ' ', el('span', 'kind', t.kind.toLowerCase().replace('_', ' ')));
      return li;
    })));
  }

  function search(text) {
    const needle = text.trim().toLowerCase();
    if (needle === '') { home(); return; }
    docBody.replaceChildren();
    const typeHits = [];
    const fieldHits = [];
    for (const type of types.values()) {
      if (type.name.startsWith('__')) continue;
      if (type.name.toLowerCase().includes(needle)) {
        const li = el('li');
        li.append(typeLink(type.name));
        typeHits.push(li);
      }

      for (const field of (type.fields || []).concat(type.inputFields || [])) {
        if (field.name.toLowerCase().includes(needle)) {
          const li = el('li');
          li.append(typeLink(type.name), '.' + field.name + ': ', typeNode(field.type));
          fieldHits.push(li);
        }
      }
    }

    docBody.append(section(`Types (${typeHits.length})`, typeHits), section(`Fields (${fieldHits.length})`, fieldHits.slice(0, 200)));
  }

  async function loadSchema() {
    try {
      const answer = await post({ query: introspection, operationName: 'ExplorerIntrospection' });
      if (!answer.json || !answer.json.data) {
        docBody.replaceChildren(el('p', 'muted', 'The schema could not be read: ' + answer.text));
        return;
      }

      schema = answer.json.data.__schema;
      types = new Map(schema.types.map((t) => [t.name, t]));
      home();
    } catch (e) {
      docBody.replaceChildren(el('p', 'muted', 'The schema could not be read: ' + e.message));
    }
  }

  $('endpoint').textContent = 'POST ' + window.location.origin + endpoint;
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  queryBox.addEventListener('keydown', (event) => {
    if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      queryBox.setRangeText('  ', queryBox.selectionStart, queryBox.selectionEnd, 'end');
    }
  });
  queryBox.addEventListener('input', save);
  variablesBox.addEventListener('input', save);
  searchBox.addEventListener('input', () => search(searchBox.value));
  backButton.addEventListener('click', () => {
    if (history.length < 2) return;
    history.pop();
    open(history[history.length - 1], false);
  });
  restore();
  loadSchema();
})();
