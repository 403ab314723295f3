/**
 * The review page's only script: filters by indicator, organisation, year and "placeholders /
 * findings only". It reads data-* attributes and toggles `hidden`; it never builds HTML from text,
 * so the escaped report text stays escaped. No network access.
 */
export const REVIEW_SCRIPT = `
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  var ind = $('f-ind'), org = $('f-org'), year = $('f-year'), flag = $('f-flag'), count = $('f-count');
  function keep(el) {
    return (!org.value || el.dataset.org === org.value) && (!year.value || el.dataset.year === year.value);
  }
  function apply() {
    var shown = 0;
    all('tr.r').forEach(function (tr) {
      var ok = keep(tr) && (!flag.checked || tr.dataset.flag === '1');
      tr.hidden = !ok; if (ok) shown++;
    });
    all('[data-col]').forEach(function (el) { el.hidden = !!ind.value && el.dataset.col !== ind.value; });
    all('article.report').forEach(function (a) { a.hidden = !(keep(a) && (!flag.checked || a.dataset.flag === '1')); });
    all('li.v').forEach(function (li) {
      li.hidden = !((!ind.value || li.dataset.ind === ind.value) && (!flag.checked || li.dataset.flag === '1'));
    });
    all('tr.f').forEach(function (tr) { tr.hidden = !(keep(tr) && (!ind.value || tr.dataset.ind === ind.value)); });
    count.textContent = shown + ' / ' + all('tr.r').length + ' 份报告';
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    for (var p = el; p; p = p.parentElement) if (p.hidden) p.hidden = false;
  }
  [ind, org, year, flag].forEach(function (el) { el.addEventListener('change', apply); });
  window.addEventListener('hashchange', reveal);
  apply(); reveal();
})();
`;
