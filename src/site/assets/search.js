// The search page: Pagefind's UI for now, reading the query from the address.
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: true, translations: { placeholder: '搜索人名、地名、词语' } });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
