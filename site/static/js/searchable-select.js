// Long admin lists (regions, measures, agencies) as a type-ahead: site/searchable.py
// marks them `data-searchable`; Tom Select is vendored in vendor/tom-select.
(() => {
  const enhance = (root) => {
    if (typeof window.TomSelect !== 'function') return;
    root.querySelectorAll('select[data-searchable]:not(.tomselected)').forEach((select) => {
      const noResults = document.createElement('div');
      noResults.className = 'no-results';
      noResults.textContent = select.dataset.noResults || '';
      const typeAhead = new window.TomSelect(select, {
        plugins: select.multiple ? ['remove_button'] : [],
        maxOptions: null,
        hidePlaceholder: true,
        render: { no_results: () => noResults.cloneNode(true) },
      });
      // Tom Select moves the label to its own input; the list it hides keeps
      // the label's name too, so screen readers never meet a nameless list.
      const label = document.querySelector(`label[for="${typeAhead.control_input.id}"]`);
      if (label) {
        label.id = label.id || `${select.id}-label`;
        select.setAttribute('aria-labelledby', label.id);
      }
    });
  };
  document.addEventListener('DOMContentLoaded', () => enhance(document));
})();
