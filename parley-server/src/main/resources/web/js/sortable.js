// Tables sorted by a click (or Enter) on a column's heading: by each cell's data-sort value when it has one (a
// date's ISO form), else its text; numbers as numbers. The heading says which way it is sorted (aria-sort).

function key(row, column) {
  const cell = row.cells[column];
  if (!cell) return '';
  return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
}

function compare(a, b) {
  const x = Number(a); const y = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a.localeCompare(b);
}

export function sortable(table) {
  const headings = [...table.tHead.rows[0].cells];
  headings.forEach((th, column) => {
    if (th.querySelector('button.sort')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headings.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      const rows = [...body.rows].filter((r) => r.cells.length === headings.length);
      rows.sort((a, b) => (ascending ? 1 : -1) * compare(key(a, column), key(b, column)));
      body.append(...rows);
    });
  });
}
