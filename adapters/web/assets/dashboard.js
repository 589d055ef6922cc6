// Draws the dashboard's charts with Chart.js from the figures the page carries as JSON. The page
// shows the same figures as tables, so it reads fine without this script too.
/* global Chart, document */
for (const holder of document.querySelectorAll('[data-chart]')) {
  const chart = JSON.parse(document.getElementById(holder.dataset.chart).textContent);
  const canvas = holder.querySelector('canvas');
  new Chart(canvas, {
    type: 'bar',
    data: { labels: chart.labels, datasets: chart.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: ['#0b3d66', '#f0b400', '#8a1c1c', '#2e7d32'][i % 4] })) },
    options: { animation: false, responsive: true, indexAxis: chart.horizontal ? 'y' : 'x', plugins: { legend: { display: chart.series.length > 1 } }, scales: { x: { stacked: chart.stacked }, y: { stacked: chart.stacked, beginAtZero: true } } },
  });
  canvas.setAttribute('data-drawn', 'true');
}
