// Kompetansebanken's additions to Decap CMS at /admin/, run right after decap-cms.js (before it
// has loaded config.yml): the Norwegian phrases Decap's nb_no lacks, the site's own styles in the
// preview and preview templates that draw a newsletter, a story and a project as the site does.
// `KB_CMS` (texts and the site's CSS files) is written above this code by config/cms.ts.
/* global CMS, h, createClass, KB_CMS */
(function () {
  'use strict';
  var isObject = function (v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  };
  var merge = function (base, extra) {
    var out = Object.assign({}, base);
    Object.keys(extra).forEach(function (key) {
      out[key] =
        isObject(base[key]) && isObject(extra[key])
          ? merge(base[key], extra[key])
          : isObject(extra[key])
            ? merge({}, extra[key])
            : extra[key];
    });
    return out;
  };
  CMS.registerLocale('nb_no', merge(CMS.getLocale('nb_no') || {}, KB_CMS.locale));

  // No status check on githubstatus.com (an off-site request the /admin/ CSP blocks): Decap's
  // GitHub backend asks it after sign-in; here only the sign-in itself is checked.
  var github = CMS.getBackend('github');
  if (github) {
    var init = github.init;
    github.init = function () {
      var backend = init.apply(null, arguments);
      backend.status = function () {
        var api = backend.api;
        var signedIn = api
          ? api.getUser({ token: backend.token || '' }).then(
              function (user) {
                return !!user;
              },
              function () {
                return false;
              },
            )
          : Promise.resolve(false);
        return signedIn.then(function (ok) {
          return { auth: { status: ok }, api: { status: true, statusPage: '' } };
        });
      };
      return backend;
    };
  }

  KB_CMS.styles.forEach(function (href) {
    CMS.registerPreviewStyle(href);
  });
  CMS.registerPreviewStyle('/admin/forhandsvisning.css');

  var t = KB_CMS.ui;
  var dateFormat = new Intl.DateTimeFormat('nb-NO', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  var formatDate = function (value) {
    if (!value) return '';
    var d = new Date(String(value).slice(0, 10) + 'T00:00:00Z');
    return isNaN(d.getTime()) ? String(value) : dateFormat.format(d);
  };
  var today = function () {
    return new Date().toISOString().slice(0, 10);
  };
  var data = function (props, key) {
    var v = props.entry.getIn(['data', key]);
    return v && typeof v.toJS === 'function' ? v.toJS() : v;
  };
  var notices = function (props) {
    var out = [];
    if (data(props, 'utkast'))
      out.push(h('p', { className: 'ds-alert kb-notice', key: 'utkast', 'data-color': 'info' }, t.previewDraft));
    var dato = data(props, 'dato');
    if (dato && String(dato).slice(0, 10) > today())
      out.push(h('p', { className: 'ds-alert kb-notice', key: 'plan', 'data-color': 'warning' }, t.previewScheduled));
    if (data(props, 'eksempeldata'))
      out.push(h('p', { className: 'ds-alert kb-notice', key: 'eks', 'data-color': 'warning' }, t.previewExample));
    return out;
  };
  var page = function (children) {
    return h('main', { className: 'kb-preview', id: 'main' }, h('article', null, children));
  };

  var Newsletter = createClass({
    render: function () {
      var p = this.props;
      return page([
        notices(p),
        h(
          'p',
          { className: 'ds-paragraph card__meta', key: 'meta' },
          t.previewNewsletterNumber + ' ' + (data(p, 'nummer') || '') + ' · ' + formatDate(data(p, 'dato')),
        ),
        h('h1', { className: 'ds-heading', 'data-size': 'lg', key: 'h1' }, data(p, 'tittel')),
        h('p', { className: 'ds-paragraph lead', key: 'lead' }, data(p, 'sammendrag')),
        h('div', { className: 'prose', key: 'body' }, p.widgetFor('body')),
      ]);
    },
  });

  var Story = createClass({
    render: function () {
      var p = this.props;
      var bilde = data(p, 'bilde') || {};
      var src = bilde.src ? p.getAsset(bilde.src) : null;
      return page([
        notices(p),
        h('h1', { className: 'ds-heading', 'data-size': 'lg', key: 'h1' }, data(p, 'tittel')),
        h('p', { className: 'ds-paragraph lead', key: 'lead' }, data(p, 'sammendrag')),
        h('dl', { className: 'facts', key: 'facts' }, [
          h('dt', { key: 'dt' }, t.previewPublished),
          h('dd', { key: 'dd' }, formatDate(data(p, 'dato'))),
        ]),
        h(
          'figure',
          { className: 'figure', key: 'fig' },
          src
            ? [
                h('img', { src: src.toString(), alt: bilde.alt || '', key: 'img' }),
                bilde.kreditering ? h('figcaption', { key: 'cap' }, bilde.kreditering) : null,
              ]
            : h('p', { className: 'ds-paragraph' }, t.previewNoImage),
        ),
        h('div', { className: 'prose', key: 'body' }, p.widgetFor('body')),
      ]);
    },
  });

  var Project = createClass({
    render: function () {
      var p = this.props;
      return page([
        notices(p),
        h('h1', { className: 'ds-heading', 'data-size': 'lg', key: 'h1' }, data(p, 'tittel')),
        h('p', { className: 'ds-paragraph lead', key: 'lead' }, data(p, 'sammendrag')),
        h('div', { className: 'prose', key: 'body' }, p.widgetFor('body')),
      ]);
    },
  });

  // Accessibility repairs to Decap's markup, kept in step with it as it re-renders: a name for
  // the preview frame, the rich-text area and the Markdown switch, and the switch's state
  // (axe: frame-title, aria-input-field-name, button-name, aria-required-attr).
  var labelOf = function (el) {
    var control = el.closest('[class*="ControlContainer"]');
    var label = control && control.querySelector('label');
    return label ? label.textContent.trim() : '';
  };
  var repair = function () {
    var frame = document.getElementById('preview-pane');
    if (frame && frame.getAttribute('title') !== t.previewFrameTitle) frame.setAttribute('title', t.previewFrameTitle);
    document.querySelectorAll('[role="textbox"]:not([aria-label]):not([aria-labelledby])').forEach(function (el) {
      var name = labelOf(el);
      if (name) el.setAttribute('aria-label', name);
    });
    document
      .querySelectorAll('[class*="ToolbarToggle"] [role="switch"], [class*="ToolbarToggle"][role="switch"]')
      .forEach(function (el) {
        var widget = el.closest('[class*="ControlContainer"]') || document;
        var markdown = !widget.querySelector('[data-slate-editor="true"]');
        if (el.getAttribute('aria-checked') !== String(markdown)) el.setAttribute('aria-checked', String(markdown));
        if (el.getAttribute('aria-label') !== t.markdownSwitch) el.setAttribute('aria-label', t.markdownSwitch);
      });
  };
  var scheduled = false;
  new MutationObserver(function () {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () {
      scheduled = false;
      repair();
    });
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });

  CMS.registerPreviewTemplate('nyhetsbrev', Newsletter);
  CMS.registerPreviewTemplate('historier', Story);
  CMS.registerPreviewTemplate('prosjekter', Project);
})();
