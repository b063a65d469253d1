// Progressive enhancement: draws each table marked by a figure's data-chart as a bar chart.
// The table stays on the page; the chart is a picture of it, hidden from screen readers.
(function () {
  if (typeof Chart === 'undefined') { return; }
  document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
    var table = document.getElementById(figure.dataset.chart);
    if (!table) { return; }
    var labels = [], values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      values.push(Number(row.querySelector('td[data-value]').dataset.value));
    });
    // a height that follows the number of bars, so two bars are not drawn a screen high
    var area = document.createElement('div');
    area.className = 'chart-area';
    area.style.height = (labels.length * 40 + 60) + 'px';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    area.appendChild(canvas);
    figure.insertBefore(area, figure.firstChild);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: figure.dataset.label, data: values, backgroundColor: '#0b5394' }] },
      options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0, color: '#1d232a', font: { size: 14 } } },
          // long names are shortened on the chart only: the table beside it has them in full
          y: { ticks: { color: '#1d232a', font: { size: 14 }, callback: function (value) {
            var name = this.getLabelForValue(value);
            return name.length > 18 ? name.slice(0, 17) + '…' : name;
          } } } } }
    });
  });
}());
